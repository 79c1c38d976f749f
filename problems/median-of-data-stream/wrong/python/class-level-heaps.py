# Wrong: the heaps are class attributes, so every MedianFinder shares the same numbers.
import heapq
from typing import List


class MedianFinder:
    _low: List[int] = []  # negated
    _high: List[int] = []

    def add_num(self, num: int) -> None:
        heapq.heappush(self._high, -heapq.heappushpop(self._low, -num))
        if len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def find_median(self) -> float:
        if len(self._low) > len(self._high):
            return float(-self._low[0])
        return (-self._low[0] + self._high[0]) / 2
