/**
 * Area under the ROC curve via the rank-sum (Mann-Whitney U) statistic; ties count 1/2.
 * Throws an Error if the arrays differ in length or only one class is present.
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  if (scores.length !== labels.length) throw new Error(`${scores.length} scores but ${labels.length} labels`);
  const n = scores.length;
  const positives = labels.filter((y) => y === 1).length;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) throw new Error('AUC needs at least one positive and one negative label');

  // Indices ordered by score, lowest first (a new array: the inputs are not modified).
  const score = (i: number): number => scores[i] ?? 0;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score(a) - score(b));

  // Walk runs of equal scores; every member of a run gets the average of the
  // 1-based ranks start+1 .. end, which is what makes a tie count one half.
  let positiveRankSum = 0;
  let start = 0;
  while (start < n) {
    const runScore = score(order[start] ?? 0);
    let end = start;
    let positivesInRun = 0;
    while (end < n && score(order[end] ?? 0) === runScore) {
      if (labels[order[end] ?? 0] === 1) positivesInRun++;
      end++;
    }
    positiveRankSum += positivesInRun * ((start + 1 + end) / 2);
    start = end;
  }

  // Subtracting the smallest possible rank sum 1 + 2 + ... + P leaves U, the number
  // of (positive, negative) pairs with the positive ranked higher (ties as 1/2).
  const u = positiveRankSum - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}
