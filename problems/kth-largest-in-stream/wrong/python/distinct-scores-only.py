# Wrong: skips a score equal to one already kept, so tied scores count once instead of separately.
import heapq
from typing import List


class KthLargest:
    def __init__(self, k: int, nums: List[int]) -> None:
        self.k = k
        self.heap: List[int] = []
        for num in nums:
            self._offer(num)

    def _offer(self, val: int) -> None:
        if val in self.heap:
            return
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        elif val > self.heap[0]:
            heapq.heapreplace(self.heap, val)

    def add(self, val: int) -> int:
        self._offer(val)
        return self.heap[0]
