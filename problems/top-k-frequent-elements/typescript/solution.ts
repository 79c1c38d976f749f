/** The k most frequent values, by count descending, ties by smaller value first. */
export function topKFrequent(nums: number[], k: number): number[] {
  throw new Error('Write your solution here');
}
