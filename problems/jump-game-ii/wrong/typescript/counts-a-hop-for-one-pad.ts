// Wrong: returns as soon as the reach covers the last pad, counting a hop even when the robot starts there.
export function minJumps(nums: number[]): number {
  let jumps = 0;
  let blockEnd = 0;
  let furthest = 0;
  for (let i = 0; i < nums.length; i++) {
    furthest = Math.max(furthest, i + (nums[i] ?? 0));
    if (furthest >= nums.length - 1) return jumps + 1;
    if (i === blockEnd) {
      jumps++;
      blockEnd = furthest;
    }
  }
  return jumps;
}
