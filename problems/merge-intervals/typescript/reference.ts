/** Sort by start, then grow the last block while the next interval starts inside or at its end. */
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]); // a copy, compared as numbers
  const merged: Array<[number, number]> = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) {
      last[1] = Math.max(last[1], end); // overlaps or touches the current block
    } else {
      merged.push([start, end]); // a new pair, so the input's pairs are never edited
    }
  }
  return merged;
}
