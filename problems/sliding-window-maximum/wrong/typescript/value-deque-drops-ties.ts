// Wrong: the deque holds values, pops equal values from the back, and drops the front when the outgoing value equals it, so a repeated maximum is lost too early.
export function maxSlidingWindow(nums: number[], k: number): number[] {
  const window: number[] = [];
  let head = 0;
  const maximums: number[] = [];
  nums.forEach((value, i) => {
    if (i >= k && head < window.length && window[head] === nums[i - k]) head++;
    while (window.length > head && (window[window.length - 1] ?? Infinity) <= value) window.pop();
    window.push(value);
    if (i >= k - 1) maximums.push(window[head] ?? value);
  });
  return maximums;
}
