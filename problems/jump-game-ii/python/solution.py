from typing import List


def min_jumps(nums: List[int]) -> int:
    """Return the fewest jumps from index 0 to the last index (always reachable)."""
    raise NotImplementedError("Write your solution here")
