# Wrong: the min-heap holds (count, value), so on a tied count it evicts the smaller value and keeps the larger.
import heapq
from collections import Counter
from typing import List, Tuple


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    heap: List[Tuple[int, int]] = []
    for value, count in Counter(nums).items():
        if len(heap) < k:
            heapq.heappush(heap, (count, value))
        elif (count, value) > heap[0]:
            heapq.heapreplace(heap, (count, value))
    return [value for _, value in sorted(heap, key=lambda entry: (-entry[0], entry[1]))]
