// Wrong: counts a land tile as a new island when the tiles above and to its left are water, which splits U shapes and stairs into several islands.
export function countIslands(grid: string[]): number {
  let islands = 0;
  grid.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== '1') continue;
      const up = r > 0 && grid[r - 1]?.[c] === '1';
      const left = c > 0 && row[c - 1] === '1';
      if (!up && !left) islands++;
    }
  });
  return islands;
}
