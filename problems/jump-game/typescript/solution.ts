/** Whether the last index can be reached from index 0. */
export function canReachEnd(nums: number[]): boolean {
  throw new Error('Write your solution here');
}
