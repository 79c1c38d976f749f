import heapq
from typing import List, Tuple


def merge_k_sorted(lists: List[List[int]]) -> List[int]:
    """Min-heap of the k fronts as (value, list index, position): O(N log k)."""
    heap: List[Tuple[int, int, int]] = [(values[0], index, 0) for index, values in enumerate(lists) if values]
    heapq.heapify(heap)
    merged: List[int] = []
    while heap:
        value, index, position = heap[0]
        merged.append(value)
        source = lists[index]
        if position + 1 < len(source):
            heapq.heapreplace(heap, (source[position + 1], index, position + 1))  # next value of the same list
        else:
            heapq.heappop(heap)  # that list is used up
    return merged
