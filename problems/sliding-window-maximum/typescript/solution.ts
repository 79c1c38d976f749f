/** The maximum of each window of k consecutive values, in order of the windows' starts. */
export function maxSlidingWindow(nums: number[], k: number): number[] {
  throw new Error('Write your solution here');
}
