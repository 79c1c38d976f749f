// Wrong: uses the number of rows as the width too, so a grid that is not square is read wrongly (columns past the row count are never visited).
export function countIslands(grid: string[]): number {
  const size = grid.length;
  const seen = new Uint8Array(size * size);
  let islands = 0;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (grid[r]?.[c] !== '1' || seen[r * size + c] === 1) continue;
      islands++;
      seen[r * size + c] = 1;
      const stack: [number, number][] = [[r, c]];
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        const [y, x] = top;
        for (const [ny, nx] of [[y - 1, x], [y + 1, x], [y, x - 1], [y, x + 1]] as const) {
          if (ny >= 0 && ny < size && nx >= 0 && nx < size && grid[ny]?.[nx] === '1' && seen[ny * size + nx] === 0) {
            seen[ny * size + nx] = 1;
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  return islands;
}
