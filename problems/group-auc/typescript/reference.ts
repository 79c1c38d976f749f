export type UserId = string | number;

/** ROC-AUC of one user's impressions by the rank sum, ties counting 1/2; undefined with one class only. */
function userAuc(scores: readonly number[], labels: readonly number[]): number | undefined {
  const n = scores.length;
  const positives = labels.reduce((sum, y) => sum + y, 0);
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return undefined;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => (scores[i] ?? 0) - (scores[j] ?? 0));
  let positiveRankSum = 0;
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1] ?? 0] === scores[order[start] ?? 0]) end++;
    // Positions start..end (0-based) hold equal scores: each gets the mean 1-based rank.
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) positiveRankSum += averageRank * (labels[order[k] ?? 0] ?? 0);
    start = end + 1;
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Impression-weighted mean of per-user ROC-AUC over users with both a positive and a negative. */
export function groupAuc(userIds: readonly UserId[], scores: readonly number[], labels: readonly number[]): number {
  if (userIds.length !== scores.length || scores.length !== labels.length) {
    throw new Error('userIds, scores and labels must have the same length');
  }
  const rows = new Map<UserId, { scores: number[]; labels: number[] }>();
  userIds.forEach((user, i) => {
    let entry = rows.get(user);
    if (entry === undefined) {
      entry = { scores: [], labels: [] };
      rows.set(user, entry);
    }
    entry.scores.push(scores[i] ?? 0);
    entry.labels.push(labels[i] ?? 0);
  });
  let weightedSum = 0;
  let totalWeight = 0;
  for (const entry of rows.values()) {
    const auc = userAuc(entry.scores, entry.labels);
    if (auc === undefined) continue; // only clicks or only skips: this user's AUC is undefined
    const weight = entry.scores.length; // the number of impressions
    weightedSum += weight * auc;
    totalWeight += weight;
  }
  if (totalWeight === 0) throw new Error('no user has both a positive and a negative impression');
  return weightedSum / totalWeight;
}
