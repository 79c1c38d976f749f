# Wrong: takes the width as right - left + 1 (the number of walls) instead of right - left (the distance between them).
from typing import List


def max_area(heights: List[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        best = max(best, min(heights[left], heights[right]) * (right - left + 1))
        if heights[left] < heights[right]:
            left += 1
        else:
            right -= 1
    return best
