# Wrong: remembers which prefix sums occurred in a set, not how often, so each matching earlier prefix value counts once however many times it occurred.
from typing import List, Set


def count_subarrays_with_sum(nums: List[int], k: int) -> int:
    seen: Set[int] = {0}
    prefix = 0
    count = 0
    for value in nums:
        prefix += value
        if prefix - k in seen:
            count += 1
        seen.add(prefix)
    return count
