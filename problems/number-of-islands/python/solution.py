from typing import List


def count_islands(grid: List[str]) -> int:
    """Return the number of 4-connected groups of '1' tiles in the grid."""
    raise NotImplementedError("Write your solution here")
