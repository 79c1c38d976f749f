# Wrong: starts the map empty instead of with the empty prefix (sum 0 seen once), so runs that begin at index 0 are missed.
from typing import Dict, List


def count_subarrays_with_sum(nums: List[int], k: int) -> int:
    seen: Dict[int, int] = {}
    prefix = 0
    count = 0
    for value in nums:
        prefix += value
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
