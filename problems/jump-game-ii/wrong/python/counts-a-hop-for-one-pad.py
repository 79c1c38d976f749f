# Wrong: returns as soon as the reach covers the last pad, counting a hop even when the robot starts there.
from typing import List


def min_jumps(nums: List[int]) -> int:
    jumps = 0
    block_end = 0
    furthest = 0
    for i in range(len(nums)):
        furthest = max(furthest, i + nums[i])
        if furthest >= len(nums) - 1:
            return jumps + 1
        if i == block_end:
            jumps += 1
            block_end = furthest
    return jumps
