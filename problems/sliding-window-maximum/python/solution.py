from typing import List


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    """The maximum of each window of k consecutive values, in order of the windows' starts."""
    raise NotImplementedError("Write your solution here")
