/** Greedy: keep the furthest index any route can reach so far. */
export function canReachEnd(nums: number[]): boolean {
  let furthest = 0;
  for (let i = 0; i < nums.length; i++) {
    if (i > furthest) return false; // no route gets past the gap before i
    furthest = Math.max(furthest, i + (nums[i] ?? 0));
    if (furthest >= nums.length - 1) return true;
  }
  return true;
}
