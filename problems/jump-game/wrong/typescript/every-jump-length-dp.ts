// Wrong: correct answers, but marks every index each jump can land on: O(n * max jump) time, not O(n).
export function canReachEnd(nums: number[]): boolean {
  const n = nums.length;
  const reachable = new Array<boolean>(n).fill(false);
  reachable[0] = true;
  for (let i = 0; i < n; i++) {
    if (!reachable[i]) continue;
    const last = Math.min(n - 1, i + (nums[i] ?? 0));
    for (let j = i + 1; j <= last; j++) reachable[j] = true;
  }
  return reachable[n - 1] ?? false;
}
