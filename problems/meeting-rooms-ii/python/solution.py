from typing import List


def min_meeting_rooms(intervals: List[List[int]]) -> int:
    """Fewest rooms that host every [start, end) meeting without overlaps in a room."""
    raise NotImplementedError("Write your solution here")
