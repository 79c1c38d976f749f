/**
 * Area under the ROC curve via the rank-sum (Mann-Whitney U) statistic; ties count 1/2.
 * Throws an Error if the arrays differ in length or only one class is present.
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  throw new Error('Write your solution here');
}
