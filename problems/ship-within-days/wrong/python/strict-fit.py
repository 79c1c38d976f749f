# Wrong: the greedy check starts a new day when the load would reach the capacity (>=), so a day can never be filled exactly and the answer comes out one too high.
from typing import List


def min_daily_capacity(sizes: List[int], days: int) -> int:
    def fits(capacity: int) -> bool:
        used, load = 1, 0
        for size in sizes:
            if load + size >= capacity:
                used += 1
                load = 0
            load += size
        return used <= days

    low, high = max(sizes), sum(sizes) + 1
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low
