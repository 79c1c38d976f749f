// Wrong: starts the map empty instead of with the empty prefix (sum 0 seen once), so runs that begin at index 0 are missed.
export function countSubarraysWithSum(nums: number[], k: number): number {
  const seen = new Map<number, number>();
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    count += seen.get(prefix - k) ?? 0;
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
