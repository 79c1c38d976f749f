from typing import List


def min_daily_capacity(sizes: List[int], days: int) -> int:
    """Binary search on the capacity; a greedy pass decides whether a capacity is enough."""

    def fits(capacity: int) -> bool:
        used, load = 1, 0
        for size in sizes:
            if load + size > capacity:  # this shard starts the next day
                used += 1
                load = 0
                if used > days:
                    return False
            load += size
        return True

    low = max(sizes)  # below the largest shard nothing works
    high = sum(sizes)  # one day for everything always works
    while low < high:  # invariant: the answer lies in [low, high]
        middle = (low + high) // 2
        if fits(middle):
            high = middle  # middle works: the answer is middle or smaller
        else:
            low = middle + 1  # middle fails, and so does every smaller capacity
    return low
