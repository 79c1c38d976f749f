# Wrong: saves memory by keeping the tails in the front of nums itself, which overwrites the caller's list.
from bisect import bisect_left
from typing import List


def lis_length(nums: List[int]) -> int:
    length = 0
    for x in nums:
        i = bisect_left(nums, x, 0, length)
        nums[i] = x
        if i == length:
            length += 1
    return length
