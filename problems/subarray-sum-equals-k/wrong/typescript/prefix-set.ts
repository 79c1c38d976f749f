// Wrong: remembers which prefix sums occurred in a Set, not how often, so each matching earlier prefix value counts once however many times it occurred.
export function countSubarraysWithSum(nums: number[], k: number): number {
  const seen = new Set<number>([0]);
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    if (seen.has(prefix - k)) count++;
    seen.add(prefix);
  }
  return count;
}
