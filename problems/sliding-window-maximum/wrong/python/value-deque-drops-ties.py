# Wrong: the deque holds values, pops equal values from the back, and drops the front when the outgoing value equals it, so a repeated maximum is lost too early.
from collections import deque
from typing import Deque, List


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    window: Deque[int] = deque()
    maximums: List[int] = []
    for i, value in enumerate(nums):
        if i >= k and window and window[0] == nums[i - k]:
            window.popleft()
        while window and window[-1] <= value:
            window.pop()
        window.append(value)
        if i >= k - 1:
            maximums.append(window[0])
    return maximums
