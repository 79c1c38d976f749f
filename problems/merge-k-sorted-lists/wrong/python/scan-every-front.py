# Wrong: finds the next value by scanning the front of every list: O(N * k) time instead of O(N log k).
from typing import List


def merge_k_sorted(lists: List[List[int]]) -> List[int]:
    positions = [0] * len(lists)
    merged: List[int] = []
    while True:
        best = -1
        for i, values in enumerate(lists):
            if positions[i] < len(values) and (best == -1 or values[positions[i]] < lists[best][positions[best]]):
                best = i
        if best == -1:
            return merged
        merged.append(lists[best][positions[best]])
        positions[best] += 1
