# Wrong: extends the furthest reach from every index, even from indices that were never reachable.
from typing import List


def can_reach_end(nums: List[int]) -> bool:
    furthest = 0
    for i in range(len(nums) - 1):
        furthest = max(furthest, i + nums[i])
    return furthest >= len(nums) - 1
