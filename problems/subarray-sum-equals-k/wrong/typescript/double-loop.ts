// Wrong: tries every start and extends the run to every end - correct answers but O(n^2) reads, far too slow for 100,000 values.
export function countSubarraysWithSum(nums: number[], k: number): number {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    let total = 0;
    for (let j = i; j < nums.length; j++) {
      total += nums[j] ?? 0;
      if (total === k) count++;
    }
  }
  return count;
}
