/** Iterative BFS from each unvisited land tile; each BFS sweeps out one island. */
export function countIslands(grid: string[]): number {
  const rows = grid.length;
  const cols = (grid[0] ?? '').length;
  const visited = new Uint8Array(rows * cols); // cell (r, c) is index r * cols + c
  const isLand = (r: number, c: number): boolean => (grid[r] ?? '').charCodeAt(c) === 49; // '1'
  const queue = new Int32Array(rows * cols); // each cell is queued at most once
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const start = r * cols + c;
      if (!isLand(r, c) || visited[start]) continue;
      islands++; // a land tile no earlier island reached
      visited[start] = 1;
      let head = 0;
      let tail = 0;
      queue[tail++] = start;
      while (head < tail) {
        const cell = queue[head++] ?? 0;
        const y = Math.floor(cell / cols);
        const x = cell % cols;
        const neighbours: [number, number][] = [[y - 1, x], [y + 1, x], [y, x - 1], [y, x + 1]];
        for (const [ny, nx] of neighbours) {
          if (ny < 0 || ny >= rows || nx < 0 || nx >= cols) continue;
          const next = ny * cols + nx;
          if (visited[next] || !isLand(ny, nx)) continue;
          visited[next] = 1; // mark on push, so nothing is queued twice
          queue[tail++] = next;
        }
      }
    }
  }
  return islands;
}
