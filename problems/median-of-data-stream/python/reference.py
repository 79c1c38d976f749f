import heapq
from typing import List


class MedianFinder:
    """Two heaps: a max-heap of the lower half (stored negated) and a min-heap of the upper half."""

    def __init__(self) -> None:
        self._low: List[int] = []  # negated values; -self._low[0] is the lower half's maximum
        self._high: List[int] = []  # self._high[0] is the upper half's minimum
        # Invariants: every lower value <= every upper value, and
        # len(self._low) == len(self._high) or len(self._high) + 1.

    def add_num(self, num: int) -> None:
        # Pass num through the lower half so that the largest of the lower half moves up ...
        moved = -heapq.heappushpop(self._low, -num)
        heapq.heappush(self._high, moved)
        # ... then rebalance so the lower half is never the smaller one.
        if len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def find_median(self) -> float:
        if len(self._low) > len(self._high):
            return float(-self._low[0])
        return (-self._low[0] + self._high[0]) / 2
