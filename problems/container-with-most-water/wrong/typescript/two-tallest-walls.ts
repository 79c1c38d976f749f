// Wrong: picks the two tallest walls, ignoring that a lower pair much farther apart can hold more.
export function maxArea(heights: number[]): number {
  const order = heights.map((height, index) => [height, index] as const).sort((a, b) => b[0] - a[0]);
  const first = order[0];
  const second = order[1];
  if (first === undefined || second === undefined) return 0;
  return Math.min(first[0], second[0]) * Math.abs(first[1] - second[1]);
}
