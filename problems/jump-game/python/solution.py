from typing import List


def can_reach_end(nums: List[int]) -> bool:
    """Return True if the last index can be reached from index 0."""
    raise NotImplementedError("Write your solution here")
