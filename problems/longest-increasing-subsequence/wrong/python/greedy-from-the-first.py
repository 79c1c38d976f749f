# Wrong: starts from the first reading and keeps every reading larger than the last one kept, which misses a later, smaller start.
from typing import List


def lis_length(nums: List[int]) -> int:
    length = 0
    last = None
    for x in nums:
        if last is None or x > last:
            length += 1
            last = x
    return length
