/** Patience sorting: tails[L - 1] is the smallest value ending an increasing run of length L. */
export function lisLength(nums: number[]): number {
  const tails: number[] = [];
  for (const x of nums) {
    // Lower bound: the first tail >= x, so an equal value never extends a run.
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((tails[mid] ?? Infinity) < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo === tails.length) tails.push(x); // x extends the longest run so far
    else tails[lo] = x; // a run of length lo + 1 can now end lower
  }
  return tails.length;
}
