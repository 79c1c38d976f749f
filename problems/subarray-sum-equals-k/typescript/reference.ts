/** One pass over prefix sums: a run ending here sums to k when an earlier prefix equals prefix - k. */
export function countSubarraysWithSum(nums: number[], k: number): number {
  const seen = new Map<number, number>([[0, 1]]); // prefix sum -> how many prefixes so far have it (the empty one included)
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    count += seen.get(prefix - k) ?? 0; // look up before recording, so the empty run never counts
    seen.set(prefix, (seen.get(prefix) ?? 0) + 1);
  }
  return count;
}
