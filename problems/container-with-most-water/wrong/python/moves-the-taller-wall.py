# Wrong: moves the pointer at the taller wall, which throws away the wall that could still make a bigger container.
from typing import List


def max_area(heights: List[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        best = max(best, min(heights[left], heights[right]) * (right - left))
        if heights[left] > heights[right]:
            left += 1
        else:
            right -= 1
    return best
