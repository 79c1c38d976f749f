// Wrong: sorts the distinct scores with the default sort, which compares numbers as strings ("10" before "9", "-0.5" before "-2.5"), so the ranks are in the wrong order.
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  if (scores.length !== labels.length) throw new Error('scores and labels differ in length');
  const positivesAt = new Map<number, number>();
  const negativesAt = new Map<number, number>();
  scores.forEach((s, i) => {
    const counts = labels[i] === 1 ? positivesAt : negativesAt;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  const distinct = [...new Set(scores)].sort();
  let positives = 0;
  let negatives = 0;
  let wins = 0;
  for (const s of distinct) {
    const p = positivesAt.get(s) ?? 0;
    const n = negativesAt.get(s) ?? 0;
    wins += p * (negatives + 0.5 * n); // negatives below this score, and half of the tied ones
    positives += p;
    negatives += n;
  }
  if (positives === 0 || negatives === 0) throw new Error('AUC needs both classes');
  return wins / (positives * negatives);
}
