from typing import List


def count_subarrays_with_sum(nums: List[int], k: int) -> int:
    """How many non-empty runs of consecutive values in nums sum to exactly k."""
    raise NotImplementedError("Write your solution here")
