/** Merge k ascending lists into one new ascending list, keeping duplicates. */
export function mergeKSorted(lists: number[][]): number[] {
  throw new Error('Write your solution here');
}
