from typing import List


def max_area(heights: List[int]) -> int:
    """Two pointers from the ends, always moving past the shorter wall."""
    left, right = 0, len(heights) - 1
    left_height, right_height = heights[left], heights[right]
    best = 0
    while left < right:
        best = max(best, min(left_height, right_height) * (right - left))
        # The shorter wall limits every container that uses it with a wall further in, and those
        # are all narrower: none can beat the one just measured, so that wall can be dropped.
        if left_height < right_height:
            left += 1
            left_height = heights[left]
        else:
            right -= 1
            right_height = heights[right]
    return best
