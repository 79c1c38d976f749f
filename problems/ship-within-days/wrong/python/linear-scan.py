# Wrong: tries capacities one by one upward from the largest shard - correct, but thousands of full passes when the answer is far above it.
from typing import List


def min_daily_capacity(sizes: List[int], days: int) -> int:
    def days_needed(capacity: int) -> int:
        used, load = 1, 0
        for size in sizes:
            if load + size > capacity:
                used += 1
                load = 0
            load += size
        return used

    capacity = max(sizes)
    while days_needed(capacity) > days:
        capacity += 1
    return capacity
