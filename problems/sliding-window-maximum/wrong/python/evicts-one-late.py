# Wrong: drops the front index only when it is before i - k, so each window keeps one value too many (off by one).
from collections import deque
from typing import Deque, List


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    window: Deque[int] = deque()
    maximums: List[int] = []
    for i, value in enumerate(nums):
        while window and nums[window[-1]] <= value:
            window.pop()
        window.append(i)
        if window[0] < i - k:
            window.popleft()
        if i >= k - 1:
            maximums.append(nums[window[0]])
    return maximums
