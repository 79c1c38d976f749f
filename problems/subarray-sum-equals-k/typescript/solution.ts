/** How many non-empty runs of consecutive values in nums sum to exactly k. */
export function countSubarraysWithSum(nums: number[], k: number): number {
  throw new Error('Write your solution here');
}
