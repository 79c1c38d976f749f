// Wrong: takes the maximum of every window slice: correct, but O(n * k) time instead of O(n).
export function maxSlidingWindow(nums: number[], k: number): number[] {
  const maximums: number[] = [];
  for (let i = 0; i + k <= nums.length; i++) {
    let best = -Infinity;
    for (let j = i; j < i + k; j++) best = Math.max(best, nums[j] ?? -Infinity);
    maximums.push(best);
  }
  return maximums;
}
