# Wrong: a BFS over pads that scans every landing spot of each pad, even visited ones: O(n * max jump).
from collections import deque
from typing import List


def min_jumps(nums: List[int]) -> int:
    n = len(nums)
    if n == 1:
        return 0
    hops = [-1] * n
    hops[0] = 0
    queue = deque([0])
    while queue:
        i = queue.popleft()
        for j in range(i + 1, min(n, i + nums[i] + 1)):
            if hops[j] == -1:
                hops[j] = hops[i] + 1
                if j == n - 1:
                    return hops[j]
                queue.append(j)
    return hops[n - 1]
