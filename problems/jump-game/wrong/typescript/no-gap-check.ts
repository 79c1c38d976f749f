// Wrong: extends the furthest reach from every index, even from indices that were never reachable.
export function canReachEnd(nums: number[]): boolean {
  let furthest = 0;
  for (let i = 0; i < nums.length - 1; i++) furthest = Math.max(furthest, i + (nums[i] ?? 0));
  return furthest >= nums.length - 1;
}
