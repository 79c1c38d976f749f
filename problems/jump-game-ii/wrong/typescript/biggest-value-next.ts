// Wrong: hops to the reachable pad with the biggest value, not the one that reaches furthest (i + nums[i]).
export function minJumps(nums: number[]): number {
  const n = nums.length;
  let i = 0;
  let jumps = 0;
  while (i < n - 1) {
    jumps++;
    const step = nums[i] ?? 0;
    if (i + step >= n - 1) break;
    let best = i + 1;
    for (let j = i + 1; j <= i + step; j++) if ((nums[j] ?? 0) > (nums[best] ?? 0)) best = j;
    i = best;
  }
  return jumps;
}
