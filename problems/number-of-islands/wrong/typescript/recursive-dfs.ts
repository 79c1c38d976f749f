// Wrong: a recursive flood fill, which goes one level deeper per tile and overflows the call stack on a large island.
export function countIslands(grid: string[]): number {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const seen = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const fill = (r: number, c: number): void => {
    if (r < 0 || r >= rows || c < 0 || c >= cols || seen[r]?.[c] === true || grid[r]?.[c] !== '1') return;
    const row = seen[r];
    if (row !== undefined) row[c] = true;
    fill(r - 1, c);
    fill(r + 1, c);
    fill(r, c - 1);
    fill(r, c + 1);
  };
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r]?.[c] === '1' && seen[r]?.[c] !== true) {
        islands++;
        fill(r, c);
      }
    }
  }
  return islands;
}
