# Wrong: marks visited land by rewriting the caller's rows with '0' tiles, so the input grid is destroyed.
from typing import List


def count_islands(grid: List[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    cells = [list(row) for row in grid]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if cells[r][c] != "1":
                continue
            islands += 1
            cells[r][c] = "0"
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and cells[ny][nx] == "1":
                        cells[ny][nx] = "0"
                        stack.append((ny, nx))
    for r in range(rows):
        grid[r] = "".join(cells[r])  # keep the sunk map in place
    return islands
