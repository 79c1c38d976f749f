# Wrong: takes max() of every window slice: correct, but O(n * k) time instead of O(n).
from typing import List


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
