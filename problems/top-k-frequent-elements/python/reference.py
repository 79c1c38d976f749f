import heapq
from collections import Counter
from typing import List, Tuple


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    """Count, then keep the k best (count, value) pairs in a min-heap of size k."""
    counts = Counter(nums)
    # The root is the weakest kept entry: the lowest count, or on a tie the larger value,
    # which is why the value is stored negated.
    heap: List[Tuple[int, int]] = []
    for value, count in counts.items():
        if len(heap) < k:
            heapq.heappush(heap, (count, -value))
        elif (count, -value) > heap[0]:
            heapq.heapreplace(heap, (count, -value))
    heap.sort(reverse=True)  # count descending, then -value descending: value ascending
    return [-negated for _, negated in heap]
