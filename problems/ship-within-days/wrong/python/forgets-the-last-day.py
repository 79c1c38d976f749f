# Wrong: the greedy check counts a day only when a shard overflows it, so the last, partly filled day is never counted and a capacity one day short passes.
from typing import List


def min_daily_capacity(sizes: List[int], days: int) -> int:
    def fits(capacity: int) -> bool:
        used, load = 0, 0
        for size in sizes:
            if load + size > capacity:
                used += 1
                load = 0
            load += size
        return used <= days

    low, high = max(sizes), sum(sizes)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low
