// Wrong: sets the block's end to the new interval's end instead of the larger of the two, so an interval inside the block shrinks it.
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}
