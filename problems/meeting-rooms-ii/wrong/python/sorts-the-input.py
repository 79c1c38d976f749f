# Wrong: sorts the caller's intervals in place instead of a sorted copy.
import heapq
from typing import List


def min_meeting_rooms(intervals: List[List[int]]) -> int:
    intervals.sort()
    ends: List[int] = []
    for start, end in intervals:
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
