// Wrong: saves memory by keeping the tails in the front of nums itself, which overwrites the caller's array.
export function lisLength(nums: number[]): number {
  let length = 0;
  for (let k = 0; k < nums.length; k++) {
    const x = nums[k] ?? 0;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((nums[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    nums[lo] = x;
    if (lo === length) length++;
  }
  return length;
}
