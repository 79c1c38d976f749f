// Wrong: sorts nums in place to count runs of equal values, which changes the caller's array.
export function topKFrequent(nums: number[], k: number): number[] {
  nums.sort((a, b) => a - b);
  const runs: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= nums.length; i++) {
    if (i === nums.length || nums[i] !== nums[start]) {
      runs.push([i - start, nums[start] ?? 0]);
      start = i;
    }
  }
  runs.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return runs.slice(0, k).map(([, value]) => value);
}
