import heapq
from typing import List


class KthLargest:
    """The k-th largest value of a growing stream of integers.

    A min-heap holds the k largest values seen so far (fewer only before the first add),
    so its root is the k-th largest.
    """

    def __init__(self, k: int, nums: List[int]) -> None:
        self.k = k
        self.heap: List[int] = []
        for num in nums:
            self._offer(num)

    def _offer(self, val: int) -> None:
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        elif val > self.heap[0]:
            heapq.heapreplace(self.heap, val)  # the old root drops out of the top k

    def add(self, val: int) -> int:
        self._offer(val)
        return self.heap[0]
