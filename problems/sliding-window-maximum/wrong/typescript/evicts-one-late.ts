// Wrong: drops the front index only when it is before i - k, so each window keeps one value too many (off by one).
export function maxSlidingWindow(nums: number[], k: number): number[] {
  const window: number[] = []; // indices, values decreasing from head to back
  let head = 0;
  const maximums: number[] = [];
  const at = (i: number): number => nums[i] ?? -Infinity;
  for (let i = 0; i < nums.length; i++) {
    while (window.length > head && at(window[window.length - 1] ?? 0) <= at(i)) window.pop();
    window.push(i);
    if ((window[head] ?? 0) < i - k) head++;
    if (i >= k - 1) maximums.push(at(window[head] ?? 0));
  }
  return maximums;
}
