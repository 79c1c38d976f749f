# Wrong: correct answers, but counts the meetings running at each start time by scanning them all: O(n^2).
from typing import List


def min_meeting_rooms(intervals: List[List[int]]) -> int:
    best = 0
    for moment, _ in intervals:
        running = 0
        for start, end in intervals:
            if start <= moment < end:
                running += 1
        best = max(best, running)
    return best
