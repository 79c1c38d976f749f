from typing import List


def can_reach_end(nums: List[int]) -> bool:
    """Greedy: keep the furthest index any route can reach so far."""
    furthest = 0
    for i, step in enumerate(nums):
        if i > furthest:
            return False  # no route gets past the gap before i
        furthest = max(furthest, i + step)
        if furthest >= len(nums) - 1:
            return True
    return True
