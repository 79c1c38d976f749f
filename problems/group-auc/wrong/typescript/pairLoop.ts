// Wrong: compares every (positive, negative) pair of a user, O(pos * neg) - too slow for a user with many impressions.
export type UserId = string | number;

export function groupAuc(userIds: readonly UserId[], scores: readonly number[], labels: readonly number[]): number {
  if (userIds.length !== scores.length || scores.length !== labels.length) {
    throw new Error('userIds, scores and labels must have the same length');
  }
  const byUser = new Map<UserId, { positives: number[]; negatives: number[] }>();
  userIds.forEach((user, i) => {
    const entry = byUser.get(user) ?? { positives: [], negatives: [] };
    byUser.set(user, entry);
    (labels[i] === 1 ? entry.positives : entry.negatives).push(scores[i] ?? 0);
  });
  let weightedSum = 0;
  let totalWeight = 0;
  for (const { positives, negatives } of byUser.values()) {
    if (positives.length === 0 || negatives.length === 0) continue;
    let wins = 0;
    for (const p of positives) {
      for (const q of negatives) {
        if (p > q) wins += 1;
        else if (p === q) wins += 0.5;
      }
    }
    const weight = positives.length + negatives.length;
    weightedSum += (weight * wins) / (positives.length * negatives.length);
    totalWeight += weight;
  }
  if (totalWeight === 0) throw new Error('no user has both a positive and a negative impression');
  return weightedSum / totalWeight;
}
