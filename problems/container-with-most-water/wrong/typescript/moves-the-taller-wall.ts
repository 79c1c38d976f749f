// Wrong: moves the pointer at the taller wall, which throws away the wall that could still make a bigger container.
export function maxArea(heights: number[]): number {
  let left = 0;
  let right = heights.length - 1;
  let best = 0;
  while (left < right) {
    const leftHeight = heights[left] ?? 0;
    const rightHeight = heights[right] ?? 0;
    best = Math.max(best, Math.min(leftHeight, rightHeight) * (right - left));
    if (leftHeight > rightHeight) left++;
    else right--;
  }
  return best;
}
