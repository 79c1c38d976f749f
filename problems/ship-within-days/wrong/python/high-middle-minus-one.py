# Wrong: mixes two binary-search templates - loops while low < high but sets high = middle - 1 when middle works, which can step past the answer.
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

    low, high = max(sizes), sum(sizes)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle - 1
        else:
            low = middle + 1
    return low
