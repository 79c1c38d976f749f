# Wrong: measures the longest run of adjacent increasing readings, but a subsequence may skip readings.
from typing import List


def lis_length(nums: List[int]) -> int:
    best = current = 0
    for i, x in enumerate(nums):
        current = current + 1 if i > 0 and nums[i - 1] < x else 1
        best = max(best, current)
    return best
