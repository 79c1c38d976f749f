from collections import deque
from typing import List


def count_islands(grid: List[str]) -> int:
    """Iterative BFS from each unvisited land tile; each BFS sweeps out one island."""
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    visited = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or visited[r][c]:
                continue
            islands += 1  # a land tile no earlier island reached
            visited[r][c] = True
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and not visited[ny][nx]:
                        visited[ny][nx] = True  # mark on push, so nothing is queued twice
                        queue.append((ny, nx))
    return islands
