/** The fewest jumps from index 0 to the last index (always reachable). */
export function minJumps(nums: number[]): number {
  throw new Error('Write your solution here');
}
