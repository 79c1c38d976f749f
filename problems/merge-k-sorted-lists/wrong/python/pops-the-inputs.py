# Wrong: consumes each list with pop(0), which empties the caller's lists (and costs O(length) per pop).
import heapq
from typing import List, Tuple


def merge_k_sorted(lists: List[List[int]]) -> List[int]:
    heap: List[Tuple[int, int]] = [(values[0], index) for index, values in enumerate(lists) if values]
    heapq.heapify(heap)
    merged: List[int] = []
    while heap:
        value, index = heapq.heappop(heap)
        merged.append(value)
        lists[index].pop(0)
        if lists[index]:
            heapq.heappush(heap, (lists[index][0], index))
    return merged
