// Wrong: ranks examples by their position after sorting, so tied scores get different ranks instead of their average and a tie does not count one half.
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  if (scores.length !== labels.length) throw new Error('scores and labels differ in length');
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new Error('AUC needs both classes');
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let rankSum = 0;
  order.forEach((index, position) => {
    if (labels[index] === 1) rankSum += position + 1;
  });
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
