# Wrong: loops while right - left > 1, so a container made of two neighbouring walls is never measured.
from typing import List


def max_area(heights: List[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while right - left > 1:
        best = max(best, min(heights[left], heights[right]) * (right - left))
        if heights[left] < heights[right]:
            left += 1
        else:
            right -= 1
    return best
