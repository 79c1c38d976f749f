# Wrong: a heap, but a node's time is fixed when it is first pushed, not when it is popped, so a later, faster route is ignored.
import heapq
from typing import List


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    graph: List[List[tuple]] = [[] for _ in range(n + 1)]
    for source, target, delay in times:
        graph[source].append((target, delay))
    heard = [-1] * (n + 1)
    heard[k] = 0
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        for target, delay in graph[node]:
            if heard[target] == -1:
                heard[target] = time + delay
                heapq.heappush(heap, (time + delay, target))
    if -1 in heard[1:]:
        return -1
    return max(heard[1:])
