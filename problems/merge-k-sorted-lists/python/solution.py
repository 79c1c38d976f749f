from typing import List


def merge_k_sorted(lists: List[List[int]]) -> List[int]:
    """Merge k ascending lists into one new ascending list, keeping duplicates."""
    raise NotImplementedError("Write your solution here")
