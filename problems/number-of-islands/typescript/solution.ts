/** The number of 4-connected groups of '1' tiles in the grid. */
export function countIslands(grid: string[]): number {
  throw new Error('Write your solution here');
}
