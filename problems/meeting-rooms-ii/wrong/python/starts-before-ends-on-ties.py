# Wrong: sweeps start/end events with a start sorted before an end at the same time, so back-to-back meetings get two rooms.
from typing import List


def min_meeting_rooms(intervals: List[List[int]]) -> int:
    events = []
    for start, end in intervals:
        events.append((start, 0))  # 0 sorts before 1: starts first on a tie
        events.append((end, 1))
    events.sort()
    rooms = best = 0
    for _, kind in events:
        rooms += 1 if kind == 0 else -1
        best = max(best, rooms)
    return best
