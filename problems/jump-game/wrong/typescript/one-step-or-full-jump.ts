// Wrong: only considers a 1-step hop or the full jump from each index, never the lengths in between.
export function canReachEnd(nums: number[]): boolean {
  const n = nums.length;
  const good = new Array<boolean>(n).fill(false);
  good[n - 1] = true;
  for (let i = n - 2; i >= 0; i--) {
    const step = nums[i] ?? 0;
    if (step === 0) continue;
    good[i] = (good[i + 1] ?? false) || (good[Math.min(n - 1, i + step)] ?? false);
  }
  return good[0] ?? false;
}
