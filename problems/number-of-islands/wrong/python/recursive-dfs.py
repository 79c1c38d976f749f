# Wrong: a recursive flood fill, which goes one level deeper per tile and overflows the recursion limit on a large island.
from typing import List


def count_islands(grid: List[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]

    def fill(r: int, c: int) -> None:
        if r < 0 or r >= rows or c < 0 or c >= cols or seen[r][c] or grid[r][c] != "1":
            return
        seen[r][c] = True
        fill(r - 1, c)
        fill(r + 1, c)
        fill(r, c - 1)
        fill(r, c + 1)

    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and not seen[r][c]:
                islands += 1
                fill(r, c)
    return islands
