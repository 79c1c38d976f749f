from typing import List


def max_area(heights: List[int]) -> int:
    """The most water two of the walls can hold between them: min(heights[i], heights[j]) * (j - i)."""
    raise NotImplementedError("Write your solution here")
