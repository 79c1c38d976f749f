/** Two pointers from the ends, always moving past the shorter wall. */
export function maxArea(heights: number[]): number {
  let left = 0;
  let right = heights.length - 1;
  let leftHeight = heights[left] ?? 0;
  let rightHeight = heights[right] ?? 0;
  let best = 0;
  while (left < right) {
    best = Math.max(best, Math.min(leftHeight, rightHeight) * (right - left));
    // The shorter wall limits every container that uses it with a wall further in, and those
    // are all narrower: none can beat the one just measured, so that wall can be dropped.
    if (leftHeight < rightHeight) {
      left++;
      leftHeight = heights[left] ?? 0;
    } else {
      right--;
      rightHeight = heights[right] ?? 0;
    }
  }
  return best;
}
