# Wrong: the heap is a class attribute, so every KthLargest object shares the same scores.
import heapq
from typing import List


class KthLargest:
    heap: List[int] = []

    def __init__(self, k: int, nums: List[int]) -> None:
        self.k = k
        for num in nums:
            self._offer(num)

    def _offer(self, val: int) -> None:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        elif val > self.heap[0]:
            heapq.heapreplace(self.heap, val)

    def add(self, val: int) -> int:
        self._offer(val)
        return self.heap[0]
