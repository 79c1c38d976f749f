import heapq
from typing import List


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    """Dijkstra from k with a min-heap; the answer is the largest shortest-path time, or -1."""
    graph: List[List[tuple]] = [[] for _ in range(n + 1)]
    for source, target, delay in times:
        graph[source].append((target, delay))
    best = [-1] * (n + 1)  # final shortest times, -1 until a node is popped
    heap = [(0, k)]
    reached = 0
    latest = 0
    while heap:
        time, node = heapq.heappop(heap)
        if best[node] != -1:
            continue  # a stale entry: the node was already settled with a smaller time
        best[node] = time  # the first pop of a node is its shortest time (delays are never negative)
        reached += 1
        latest = time  # pops come in non-decreasing time order
        for target, delay in graph[node]:
            if best[target] == -1:
                heapq.heappush(heap, (time + delay, target))
    return latest if reached == n else -1
