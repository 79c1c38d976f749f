from typing import List


def merge_intervals(intervals: List[List[int]]) -> List[List[int]]:
    """Merge overlapping or touching [start, end] intervals; return them sorted by start."""
    raise NotImplementedError("Write your solution here")
