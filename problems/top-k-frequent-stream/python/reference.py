import heapq
from collections import Counter
from typing import List


class StreamTopK:
    """Exact counts in a hash map; top() picks the k best entries with a size-k heap."""

    def __init__(self, k: int) -> None:
        self._k = k
        self._counts: Counter = Counter()

    def add(self, item: str) -> None:
        self._counts[item] += 1  # O(1)

    def top(self) -> List[str]:
        # (-count, item) sorts by count descending, then item ascending; nsmallest keeps a
        # heap of k entries while scanning the u distinct items: O(u log k).
        best = heapq.nsmallest(self._k, ((-count, item) for item, count in self._counts.items()))
        return [item for _, item in best]
