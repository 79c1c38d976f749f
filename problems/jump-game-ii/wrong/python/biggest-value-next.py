# Wrong: hops to the reachable pad with the biggest value, not the one that reaches furthest (i + nums[i]).
from typing import List


def min_jumps(nums: List[int]) -> int:
    n = len(nums)
    i = 0
    jumps = 0
    while i < n - 1:
        jumps += 1
        if i + nums[i] >= n - 1:
            break
        best = i + 1
        for j in range(i + 1, i + nums[i] + 1):
            if nums[j] > nums[best]:
                best = j
        i = best
    return jumps
