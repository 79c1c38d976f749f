# Wrong: a plain breadth-first search that fixes each node's time on first discovery, i.e. by hop count - the weights decide nothing about the order.
from collections import deque
from typing import List


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    graph: List[List[tuple]] = [[] for _ in range(n + 1)]
    for source, target, delay in times:
        graph[source].append((target, delay))
    heard = [-1] * (n + 1)
    heard[k] = 0
    queue = deque([k])
    while queue:
        node = queue.popleft()
        for target, delay in graph[node]:
            if heard[target] == -1:
                heard[target] = heard[node] + delay
                queue.append(target)
    if -1 in heard[1:]:
        return -1
    return max(heard[1:])
