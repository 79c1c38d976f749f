// Wrong: compares every (positive, negative) pair, which is right but O(P * N) instead of O(n log n).
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  if (scores.length !== labels.length) throw new Error('scores and labels differ in length');
  const positives: number[] = [];
  const negatives: number[] = [];
  scores.forEach((s, i) => (labels[i] === 1 ? positives : negatives).push(s));
  if (positives.length === 0 || negatives.length === 0) throw new Error('AUC needs both classes');
  let wins = 0;
  for (const p of positives) {
    for (const q of negatives) {
      if (p > q) wins += 1;
      else if (p === q) wins += 0.5;
    }
  }
  return wins / (positives.length * negatives.length);
}
