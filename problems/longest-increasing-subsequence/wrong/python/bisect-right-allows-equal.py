# Wrong: replaces the first tail greater than x (bisect_right), so an equal value extends a run: it finds non-decreasing runs, not strictly increasing ones.
from bisect import bisect_right
from typing import List


def lis_length(nums: List[int]) -> int:
    tails: List[int] = []
    for x in nums:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
