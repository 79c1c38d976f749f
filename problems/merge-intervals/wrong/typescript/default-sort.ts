// Wrong: calls sort() without a comparator, which orders the pairs as strings ("10,12" before "9,9"), not by start.
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const byStart = [...intervals].sort();
  const merged: Array<[number, number]> = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
