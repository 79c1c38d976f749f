from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    """Return the k most frequent values, by count descending, ties by smaller value first."""
    raise NotImplementedError("Write your solution here")
