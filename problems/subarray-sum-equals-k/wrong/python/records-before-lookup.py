# Wrong: records the new prefix sum before looking up prefix - k, so with k = 0 every position also counts the empty run.
from typing import Dict, List


def count_subarrays_with_sum(nums: List[int], k: int) -> int:
    seen: Dict[int, int] = {0: 1}
    prefix = 0
    count = 0
    for value in nums:
        prefix += value
        seen[prefix] = seen.get(prefix, 0) + 1
        count += seen.get(prefix - k, 0)
    return count
