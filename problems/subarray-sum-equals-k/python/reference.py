from typing import Dict, List


def count_subarrays_with_sum(nums: List[int], k: int) -> int:
    """One pass over prefix sums: a run ending here sums to k when an earlier prefix equals prefix - k."""
    seen: Dict[int, int] = {0: 1}  # prefix sum -> how many prefixes so far have it (the empty one included)
    prefix = 0
    count = 0
    for value in nums:
        prefix += value
        count += seen.get(prefix - k, 0)  # look up before recording, so the empty run never counts
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
