# Wrong: measures every pair of walls - correct, but O(n^2) reads, far too slow for 100,000 walls.
from typing import List


def max_area(heights: List[int]) -> int:
    best = 0
    for i in range(len(heights)):
        for j in range(i + 1, len(heights)):
            best = max(best, min(heights[i], heights[j]) * (j - i))
    return best
