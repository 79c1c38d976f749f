from collections import deque
from typing import Deque, List


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    """Monotonic deque: indices in the window whose values decrease from front to back."""
    window: Deque[int] = deque()
    maximums: List[int] = []
    for i, value in enumerate(nums):
        while window and nums[window[-1]] <= value:
            window.pop()  # never a maximum again: value outlives and beats it
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # slid out of the window
        if i >= k - 1:
            maximums.append(nums[window[0]])
    return maximums
