/** The most water two of the walls can hold between them: min(heights[i], heights[j]) * (j - i). */
export function maxArea(heights: number[]): number {
  throw new Error('Write your solution here');
}
