# Wrong: Bellman-Ford - relaxes every link, pass after pass, until nothing changes: correct, but O(n E) when the shortest routes are long chains.
from typing import List


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    infinity = float("inf")
    best = [infinity] * (n + 1)
    best[k] = 0
    for _ in range(n - 1):
        changed = False
        for source, target, delay in times:
            if best[source] + delay < best[target]:
                best[target] = best[source] + delay
                changed = True
        if not changed:
            break
    latest = max(best[1:])
    return -1 if latest == infinity else int(latest)
