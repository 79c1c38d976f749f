// Wrong: always takes the longest jump from where it stands, so it misses routes that need a shorter hop.
export function canReachEnd(nums: number[]): boolean {
  let i = 0;
  while (i < nums.length - 1) {
    const step = nums[i] ?? 0;
    if (step === 0) return false;
    i += step;
  }
  return true;
}
