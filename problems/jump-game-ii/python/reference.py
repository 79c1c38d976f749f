from typing import List


def min_jumps(nums: List[int]) -> int:
    """Greedy BFS by layers: each jump covers one contiguous block of indices."""
    jumps = 0
    block_end = 0  # last index reachable with `jumps` jumps
    furthest = 0  # last index reachable with `jumps + 1` jumps
    for i in range(len(nums) - 1):  # never jump from the last index
        furthest = max(furthest, i + nums[i])
        if i == block_end:  # the current layer is used up: one more jump
            jumps += 1
            block_end = furthest
            if block_end >= len(nums) - 1:
                break
    return jumps
