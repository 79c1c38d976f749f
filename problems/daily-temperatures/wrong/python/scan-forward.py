# Wrong: scans forward from every day until a warmer one - correct, but O(n^2) on a long cold spell or a flat stretch.
from typing import List


def days_until_warmer(temps: List[int]) -> List[int]:
    n = len(temps)
    answer = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if temps[j] > temps[i]:
                answer[i] = j - i
                break
    return answer
