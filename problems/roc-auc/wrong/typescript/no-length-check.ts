// Wrong: walks the scores and reads a missing label as a negative instead of throwing when the arrays differ in length.
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const examples = scores.map((score, i) => ({ score, positive: labels[i] === 1 }));
  examples.sort((a, b) => a.score - b.score);
  const positives = examples.filter((e) => e.positive).length;
  const negatives = examples.length - positives;
  if (positives === 0 || negatives === 0) throw new Error('AUC needs both classes');
  let rankSum = 0;
  for (let start = 0; start < examples.length; ) {
    let end = start;
    let positivesInRun = 0;
    while (end < examples.length && examples[end]?.score === examples[start]?.score) {
      if (examples[end]?.positive) positivesInRun++;
      end++;
    }
    rankSum += positivesInRun * ((start + 1 + end) / 2);
    start = end;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
