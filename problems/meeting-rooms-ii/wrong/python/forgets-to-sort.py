# Wrong: runs the heap of end times over the meetings in input order instead of start order.
import heapq
from typing import List


def min_meeting_rooms(intervals: List[List[int]]) -> int:
    ends: List[int] = []
    for start, end in intervals:
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
