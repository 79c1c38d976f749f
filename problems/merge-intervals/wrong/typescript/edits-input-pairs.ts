// Wrong: the spread copies only the outer array; pushing the input's own pairs and then extending them edits the caller's intervals.
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const interval of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}
