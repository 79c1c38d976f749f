from typing import List


def lis_length(nums: List[int]) -> int:
    """Return the length of the longest strictly increasing subsequence of nums."""
    raise NotImplementedError("Write your solution here")
