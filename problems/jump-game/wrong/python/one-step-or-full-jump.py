# Wrong: only considers a 1-step hop or the full jump from each index, never the lengths in between.
from typing import List


def can_reach_end(nums: List[int]) -> bool:
    n = len(nums)
    good = [False] * n
    good[n - 1] = True
    for i in range(n - 2, -1, -1):
        if nums[i] == 0:
            continue
        good[i] = good[i + 1] or good[min(n - 1, i + nums[i])]
    return good[0]
