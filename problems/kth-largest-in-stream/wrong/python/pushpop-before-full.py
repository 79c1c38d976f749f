# Wrong: always push-pops once nums is loaded, so with only k - 1 initial scores the heap never reaches k.
import heapq
from typing import List


class KthLargest:
    def __init__(self, k: int, nums: List[int]) -> None:
        self.heap = list(nums)
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val: int) -> int:
        heapq.heappushpop(self.heap, val)
        return self.heap[0]
