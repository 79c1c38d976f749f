# Wrong: stores every event and recounts the whole history on each top(): O(n) per query instead of O(u log k).
import heapq
from collections import Counter
from typing import List


class StreamTopK:
    def __init__(self, k: int) -> None:
        self._k = k
        self._events: List[str] = []

    def add(self, item: str) -> None:
        self._events.append(item)

    def top(self) -> List[str]:
        counts = Counter(self._events)
        best = heapq.nsmallest(self._k, ((-count, item) for item, count in counts.items()))
        return [item for _, item in best]
