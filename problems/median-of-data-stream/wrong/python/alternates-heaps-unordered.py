# Wrong: balances the two heaps by size alone, sending each number to whichever half is smaller without comparing values, so the halves get mixed up.
import heapq
from typing import List


class MedianFinder:
    def __init__(self) -> None:
        self._low: List[int] = []  # negated
        self._high: List[int] = []

    def add_num(self, num: int) -> None:
        if len(self._low) == len(self._high):
            heapq.heappush(self._low, -num)
        else:
            heapq.heappush(self._high, num)

    def find_median(self) -> float:
        if len(self._low) > len(self._high):
            return float(-self._low[0])
        return (-self._low[0] + self._high[0]) / 2
