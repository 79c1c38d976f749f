# Wrong: counts a land tile as a new island when the tiles above and to its left are water, which splits U shapes and stairs into several islands.
from typing import List


def count_islands(grid: List[str]) -> int:
    islands = 0
    for r, row in enumerate(grid):
        for c, tile in enumerate(row):
            if tile != "1":
                continue
            up = r > 0 and grid[r - 1][c] == "1"
            left = c > 0 and row[c - 1] == "1"
            if not up and not left:
                islands += 1
    return islands
