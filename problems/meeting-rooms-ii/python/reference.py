import heapq
from typing import List


def min_meeting_rooms(intervals: List[List[int]]) -> int:
    """Meetings in start order; a min-heap holds the end time of each room in use."""
    ends: List[int] = []
    for start, end in sorted(intervals, key=lambda meeting: meeting[0]):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)  # the earliest-free room is free again: reuse it
        else:
            heapq.heappush(ends, end)  # every room is busy: open another
    return len(ends)
