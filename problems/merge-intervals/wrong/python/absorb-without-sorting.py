# Wrong: skips the sort and lets each interval absorb every block it overlaps or touches - correct answers, but each interval scans all blocks so far: O(n^2) when few intervals merge.
from typing import List


def merge_intervals(intervals: List[List[int]]) -> List[List[int]]:
    blocks: List[List[int]] = []
    for start, end in intervals:
        kept: List[List[int]] = []
        for block in blocks:
            if block[0] <= end and start <= block[1]:  # overlaps or touches: absorb it
                start, end = min(start, block[0]), max(end, block[1])
            else:
                kept.append(block)
        kept.append([start, end])
        blocks = kept
    return sorted(blocks)
