/** Monotonic deque: indices in the window whose values decrease from front to back. */
export function maxSlidingWindow(nums: number[], k: number): number[] {
  // The deque lives in a fixed array with a moving head: every index is pushed once.
  const window = new Int32Array(nums.length);
  let head = 0;
  let tail = 0; // the deque is window[head..tail - 1]
  const maximums: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    const value = nums[i] ?? -Infinity;
    while (tail > head && (nums[window[tail - 1] ?? 0] ?? -Infinity) <= value) tail--; // never a maximum again
    window[tail++] = i;
    if ((window[head] ?? 0) <= i - k) head++; // slid out of the window
    if (i >= k - 1) maximums.push(nums[window[head] ?? 0] ?? -Infinity);
  }
  return maximums;
}
