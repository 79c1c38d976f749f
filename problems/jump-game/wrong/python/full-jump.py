# Wrong: always takes the longest jump from where it stands, so it misses routes that need a shorter hop.
from typing import List


def can_reach_end(nums: List[int]) -> bool:
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
