# Wrong: computes top() once and keeps returning that cached answer, however the counts change afterwards.
import heapq
from collections import Counter
from typing import List, Optional


class StreamTopK:
    def __init__(self, k: int) -> None:
        self._k = k
        self._counts: Counter = Counter()
        self._cached: Optional[List[str]] = None

    def add(self, item: str) -> None:
        self._counts[item] += 1

    def top(self) -> List[str]:
        if self._cached is None:
            best = heapq.nsmallest(self._k, ((-count, item) for item, count in self._counts.items()))
            self._cached = [item for _, item in best]
        return list(self._cached)
