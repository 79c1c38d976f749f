// Wrong: turns nums into its own prefix sums to save memory, which changes the caller's array.
export function countSubarraysWithSum(nums: number[], k: number): number {
  const seen = new Map<number, number>([[0, 1]]);
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    if (i > 0) nums[i] = (nums[i] ?? 0) + (nums[i - 1] ?? 0);
    const prefix = nums[i] ?? 0;
    count += seen.get(prefix - k) ?? 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
