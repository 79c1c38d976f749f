/** Exact counts of a stream of items, reporting the k most frequent on request. */
export class StreamTopK {
  /** Start an empty stream that reports at most k items. */
  constructor(k: number) {
    throw new Error('Write your solution here');
  }

  /** Record one more occurrence of item. */
  add(item: string): void {
    throw new Error('Write your solution here');
  }

  /** Up to k items by count descending, ties broken by the lexicographically smaller item. */
  top(): string[] {
    throw new Error('Write your solution here');
  }
}
