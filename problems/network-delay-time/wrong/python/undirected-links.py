# Wrong: adds every link in both directions, so a node can hear the signal over a link that only points towards the source.
import heapq
from typing import List


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    graph: List[List[tuple]] = [[] for _ in range(n + 1)]
    for source, target, delay in times:
        graph[source].append((target, delay))
        graph[target].append((source, delay))
    best = [-1] * (n + 1)
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        if best[node] != -1:
            continue
        best[node] = time
        for target, delay in graph[node]:
            if best[target] == -1:
                heapq.heappush(heap, (time + delay, target))
    if -1 in best[1:]:
        return -1
    return max(best[1:])
