# Wrong: sorts nums in place to count runs of equal values, which changes the caller's list.
from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    nums.sort()
    runs = []
    start = 0
    for i in range(1, len(nums) + 1):
        if i == len(nums) or nums[i] != nums[start]:
            runs.append((i - start, nums[start]))
            start = i
    runs.sort(key=lambda run: (-run[0], run[1]))
    return [value for _, value in runs[:k]]
