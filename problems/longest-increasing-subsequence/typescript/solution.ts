/** The length of the longest strictly increasing subsequence of nums. */
export function lisLength(nums: number[]): number {
  throw new Error('Write your solution here');
}
