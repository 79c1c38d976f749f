# Wrong: tries every start and extends the run to every end - correct answers but O(n^2) reads, far too slow for 100,000 values.
from typing import List


def count_subarrays_with_sum(nums: List[int], k: int) -> int:
    count = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total == k:
                count += 1
    return count
