# Wrong: heap entries are (value, iterator), so two equal values make heapq compare iterators and raise TypeError.
import heapq
from typing import Iterator, List, Tuple


def merge_k_sorted(lists: List[List[int]]) -> List[int]:
    heap: List[Tuple[int, Iterator[int]]] = []
    for values in lists:
        it = iter(values)
        for first in it:
            heapq.heappush(heap, (first, it))
            break
    merged: List[int] = []
    while heap:
        value, it = heapq.heappop(heap)
        merged.append(value)
        for following in it:
            heapq.heappush(heap, (following, it))
            break
    return merged
