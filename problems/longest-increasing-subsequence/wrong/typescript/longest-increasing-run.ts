// Wrong: measures the longest run of adjacent increasing readings, but a subsequence may skip readings.
export function lisLength(nums: number[]): number {
  let best = 0;
  let current = 0;
  nums.forEach((x, i) => {
    current = i > 0 && (nums[i - 1] ?? Infinity) < x ? current + 1 : 1;
    best = Math.max(best, current);
  });
  return best;
}
