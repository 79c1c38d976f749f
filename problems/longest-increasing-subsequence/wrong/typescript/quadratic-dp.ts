// Wrong: the O(n^2) DP (longest run ending at each index, from every earlier index): correct, but too slow for 100,000 values.
export function lisLength(nums: number[]): number {
  const best = new Array<number>(nums.length).fill(1);
  let longest = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((nums[j] ?? 0) < (nums[i] ?? 0)) best[i] = Math.max(best[i] ?? 1, (best[j] ?? 1) + 1);
    }
    longest = Math.max(longest, best[i] ?? 1);
  }
  return longest;
}
