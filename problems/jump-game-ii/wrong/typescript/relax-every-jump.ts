// Wrong: correct answers from a DP that relaxes every jump length from every pad: O(n * max jump), not O(n).
export function minJumps(nums: number[]): number {
  const n = nums.length;
  const best = new Array<number>(n).fill(n);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i] ?? n;
    const last = Math.min(n - 1, i + (nums[i] ?? 0));
    for (let j = i + 1; j <= last; j++) if (here + 1 < (best[j] ?? n)) best[j] = here + 1;
  }
  return best[n - 1] ?? n;
}
