// Wrong: also steps diagonally (8 neighbours), so tiles that only touch at a corner are merged into one island.
export function countIslands(grid: string[]): number {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const seen = new Uint8Array(rows * cols);
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r]?.[c] !== '1' || seen[r * cols + c] === 1) continue;
      islands++;
      seen[r * cols + c] = 1;
      const stack: [number, number][] = [[r, c]];
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        const [y, x] = top;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const ny = y + dy;
            const nx = x + dx;
            if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny]?.[nx] === '1' && seen[ny * cols + nx] === 0) {
              seen[ny * cols + nx] = 1;
              stack.push([ny, nx]);
            }
          }
        }
      }
    }
  }
  return islands;
}
