export type UserId = string | number;

/**
 * Impression-weighted mean of per-user ROC-AUC over users with both a positive and a negative.
 * Throws an Error if the lengths differ or no user has both classes.
 */
export function groupAuc(userIds: readonly UserId[], scores: readonly number[], labels: readonly number[]): number {
  throw new Error('Write your solution here');
}
