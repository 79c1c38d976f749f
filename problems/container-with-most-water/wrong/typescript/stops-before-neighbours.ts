// Wrong: loops while right - left > 1, so a container made of two neighbouring walls is never measured.
export function maxArea(heights: number[]): number {
  let left = 0;
  let right = heights.length - 1;
  let best = 0;
  while (right - left > 1) {
    const leftHeight = heights[left] ?? 0;
    const rightHeight = heights[right] ?? 0;
    best = Math.max(best, Math.min(leftHeight, rightHeight) * (right - left));
    if (leftHeight < rightHeight) left++;
    else right--;
  }
  return best;
}
