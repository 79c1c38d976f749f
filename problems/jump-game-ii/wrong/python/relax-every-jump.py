# Wrong: correct answers from a DP that relaxes every jump length from every pad: O(n * max jump), not O(n).
from typing import List


def min_jumps(nums: List[int]) -> int:
    n = len(nums)
    best = [n] * n
    best[0] = 0
    for i in range(n):
        for j in range(i + 1, min(n, i + nums[i] + 1)):
            if best[i] + 1 < best[j]:
                best[j] = best[i] + 1
    return best[n - 1]
