// Wrong: marks visited land by rewriting the caller's rows with '0' tiles, so the input grid is destroyed.
export function countIslands(grid: string[]): number {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const cells = grid.map((row) => row.split(''));
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (cells[r]?.[c] !== '1') continue;
      islands++;
      const stack: [number, number][] = [[r, c]];
      (cells[r] ?? [])[c] = '0';
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        const [y, x] = top;
        for (const [ny, nx] of [[y - 1, x], [y + 1, x], [y, x - 1], [y, x + 1]] as const) {
          const row = cells[ny];
          if (row !== undefined && row[nx] === '1') {
            row[nx] = '0';
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  cells.forEach((row, r) => {
    grid[r] = row.join(''); // keep the sunk map in place
  });
  return islands;
}
