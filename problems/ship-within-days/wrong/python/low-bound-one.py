# Wrong: searches from capacity 1 and the greedy check never rejects a shard larger than the capacity, so it can return a capacity below the largest shard.
from typing import List


def min_daily_capacity(sizes: List[int], days: int) -> int:
    def fits(capacity: int) -> bool:
        used, load = 1, 0
        for size in sizes:
            if load + size > capacity:
                used += 1
                load = 0
            load += size
        return used <= days

    low, high = 1, sum(sizes)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low
