# Wrong: keeps every score and sorts them all on each add: O(n log n) per add instead of O(log k).
from typing import List


class KthLargest:
    def __init__(self, k: int, nums: List[int]) -> None:
        self.k = k
        self.scores = list(nums)

    def add(self, val: int) -> int:
        self.scores.append(val)
        return sorted(self.scores, reverse=True)[self.k - 1]
