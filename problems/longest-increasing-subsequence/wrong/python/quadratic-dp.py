# Wrong: the O(n^2) DP (longest run ending at each index, from every earlier index): correct, but too slow for 100,000 values.
from typing import List


def lis_length(nums: List[int]) -> int:
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
