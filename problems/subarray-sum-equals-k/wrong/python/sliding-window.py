# Wrong: a two-pointer window that shrinks while the sum exceeds k - valid only for positive values, not with negatives or zeros.
from typing import List


def count_subarrays_with_sum(nums: List[int], k: int) -> int:
    count = 0
    total = 0
    left = 0
    for right, value in enumerate(nums):
        total += value
        while total > k and left < right:
            total -= nums[left]
            left += 1
        if total == k:
            count += 1
    return count
