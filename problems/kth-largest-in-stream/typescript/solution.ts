/** The k-th largest value of a growing stream of integers. */
export class KthLargest {
  /** Start with rank k and the values already in nums. */
  constructor(k: number, nums: number[]) {
    throw new Error('Write your solution here');
  }

  /** Record val and return the k-th largest value recorded so far. */
  add(val: number): number {
    throw new Error('Write your solution here');
  }
}
