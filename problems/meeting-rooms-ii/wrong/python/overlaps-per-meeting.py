# Wrong: takes 1 + the most meetings that overlap any one meeting, but those overlaps need not all happen at once.
from typing import List


def min_meeting_rooms(intervals: List[List[int]]) -> int:
    ordered = sorted(intervals)
    best = 0
    for i, (start, end) in enumerate(ordered):
        overlapping = 0
        for j, (other_start, other_end) in enumerate(ordered):
            if j != i and other_start < end and start < other_end:
                overlapping += 1
        best = max(best, overlapping + 1)
    return best
