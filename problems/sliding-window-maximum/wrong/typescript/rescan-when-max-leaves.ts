// Wrong: keeps the current maximum and rescans the whole window only when it slides out: O(n * k) on falling values.
export function maxSlidingWindow(nums: number[], k: number): number[] {
  const at = (i: number): number => nums[i] ?? -Infinity;
  let best = 0; // index of the current window's maximum
  for (let j = 1; j < k; j++) if (at(j) >= at(best)) best = j;
  const maximums = [at(best)];
  for (let i = k; i < nums.length; i++) {
    if (at(i) >= at(best)) best = i;
    else if (best <= i - k) {
      best = i - k + 1;
      for (let j = i - k + 2; j <= i; j++) if (at(j) >= at(best)) best = j;
    }
    maximums.push(at(best));
  }
  return maximums;
}
