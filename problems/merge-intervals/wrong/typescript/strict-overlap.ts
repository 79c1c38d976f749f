// Wrong: uses start < end of the block, so intervals that only touch ([1, 4] and [4, 7]) are not merged.
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
