// Wrong: measures every pair of walls - correct, but O(n^2) reads, far too slow for 100,000 walls.
export function maxArea(heights: number[]): number {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    for (let j = i + 1; j < heights.length; j++) {
      best = Math.max(best, Math.min(heights[i] ?? 0, heights[j] ?? 0) * (j - i));
    }
  }
  return best;
}
