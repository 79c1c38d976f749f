# Wrong: returns the latest time among the nodes that were reached and never checks that all n nodes were reached.
import heapq
from typing import Dict, List


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    graph: Dict[int, List[tuple]] = {}
    for source, target, delay in times:
        graph.setdefault(source, []).append((target, delay))
    best: Dict[int, int] = {}
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        if node in best:
            continue
        best[node] = time
        for target, delay in graph.get(node, []):
            if target not in best:
                heapq.heappush(heap, (time + delay, target))
    return max(best.values())
