from typing import List


class KthLargest:
    """The k-th largest value of a growing stream of integers."""

    def __init__(self, k: int, nums: List[int]) -> None:
        """Start with rank k and the values already in nums."""
        raise NotImplementedError("Write your solution here")

    def add(self, val: int) -> int:
        """Record val and return the k-th largest value recorded so far."""
        raise NotImplementedError("Write your solution here")
