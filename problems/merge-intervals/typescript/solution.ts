/** Merge overlapping or touching [start, end] intervals; return them sorted by start. */
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  throw new Error('Write your solution here');
}
