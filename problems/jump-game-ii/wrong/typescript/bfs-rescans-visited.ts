// Wrong: a BFS over pads that scans every landing spot of each pad, even visited ones: O(n * max jump).
export function minJumps(nums: number[]): number {
  const n = nums.length;
  if (n === 1) return 0;
  const hops = new Array<number>(n).fill(-1);
  hops[0] = 0;
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head] ?? 0;
    const last = Math.min(n - 1, i + (nums[i] ?? 0));
    for (let j = i + 1; j <= last; j++) {
      if (hops[j] !== -1) continue;
      hops[j] = (hops[i] ?? 0) + 1;
      if (j === n - 1) return hops[j] ?? -1;
      queue.push(j);
    }
  }
  return hops[n - 1] ?? -1;
}
