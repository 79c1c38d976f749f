from typing import List


def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    """Every multiset of candidates (reuse allowed) summing to target: each ascending, the list in lexicographic order."""
    raise NotImplementedError("Write your solution here")
