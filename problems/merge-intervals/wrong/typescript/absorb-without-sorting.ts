// Wrong: skips the sort and lets each interval absorb every block it overlaps or touches - correct answers, but each interval scans all blocks so far: O(n^2) when few intervals merge.
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  let blocks: Array<[number, number]> = [];
  for (const interval of intervals) {
    let [start, end] = interval;
    const kept: Array<[number, number]> = [];
    for (const block of blocks) {
      if (block[0] <= end && start <= block[1]) {
        // overlaps or touches: absorb it
        start = Math.min(start, block[0]);
        end = Math.max(end, block[1]);
      } else {
        kept.push(block);
      }
    }
    kept.push([start, end]);
    blocks = kept;
  }
  return blocks.sort((a, b) => a[0] - b[0]);
}
