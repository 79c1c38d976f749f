/** Greedy BFS by layers: each jump covers one contiguous block of indices. */
export function minJumps(nums: number[]): number {
  let jumps = 0;
  let blockEnd = 0; // last index reachable with `jumps` jumps
  let furthest = 0; // last index reachable with `jumps + 1` jumps
  for (let i = 0; i < nums.length - 1; i++) {
    // never jump from the last index
    furthest = Math.max(furthest, i + (nums[i] ?? 0));
    if (i === blockEnd) {
      // the current layer is used up: one more jump
      jumps++;
      blockEnd = furthest;
      if (blockEnd >= nums.length - 1) break;
    }
  }
  return jumps;
}
