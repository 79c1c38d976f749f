from bisect import bisect_left
from typing import List


def lis_length(nums: List[int]) -> int:
    """Patience sorting: tails[L - 1] is the smallest value ending an increasing run of length L."""
    tails: List[int] = []
    for x in nums:
        i = bisect_left(tails, x)  # first tail >= x, so an equal value never extends a run
        if i == len(tails):
            tails.append(x)  # x extends the longest run so far
        else:
            tails[i] = x  # a run of length i + 1 can now end lower
    return len(tails)
