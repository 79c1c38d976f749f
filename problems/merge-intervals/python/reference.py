from typing import List


def merge_intervals(intervals: List[List[int]]) -> List[List[int]]:
    """Sort by start, then grow the last block while the next interval starts inside or at its end."""
    merged: List[List[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:  # overlaps or touches the current block
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])  # a new pair, so the input's pairs are never edited
    return merged
