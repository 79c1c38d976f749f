# Wrong: keeps the numbers in a plain list and sorts a copy for every median: O(n log n) per query instead of O(1).
from typing import List


class MedianFinder:
    def __init__(self) -> None:
        self.values: List[int] = []

    def add_num(self, num: int) -> None:
        self.values.append(num)

    def find_median(self) -> float:
        ordered = sorted(self.values)
        middle = len(ordered) // 2
        if len(ordered) % 2 == 1:
            return float(ordered[middle])
        return (ordered[middle - 1] + ordered[middle]) / 2
