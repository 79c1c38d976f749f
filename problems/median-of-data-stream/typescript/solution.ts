/** The running median of a stream of integers. */
export class MedianFinder {
  /** Start with no numbers. */
  constructor() {
    throw new Error('Write your solution here');
  }

  /** Record one more number. */
  addNum(num: number): void {
    throw new Error('Write your solution here');
  }

  /** The median of every number recorded so far (at least one). */
  findMedian(): number {
    throw new Error('Write your solution here');
  }
}
