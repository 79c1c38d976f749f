# Wrong: keeps the current maximum and rescans the whole window only when it slides out: O(n * k) on falling values.
from typing import List


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    best = 0  # index of the current window's maximum
    for j in range(1, k):
        if nums[j] >= nums[best]:
            best = j
    maximums = [nums[best]]
    for i in range(k, len(nums)):
        if nums[i] >= nums[best]:
            best = i
        elif best <= i - k:
            best = i - k + 1
            for j in range(i - k + 2, i + 1):
                if nums[j] >= nums[best]:
                    best = j
        maximums.append(nums[best])
    return maximums
