# Wrong: counts each distinct value with its own pass over nums: O(n * distinct values) time.
from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    counts = {value: nums.count(value) for value in set(nums)}
    return sorted(counts, key=lambda value: (-counts[value], value))[:k]
