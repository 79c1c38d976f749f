# Wrong: reads the whole stream into a list and calls rng.sample, which is uniform but keeps O(n) items instead of O(k) and decides nothing while the stream is read.
import heapq
import math
import random
from typing import Iterable, List, Tuple, TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> List[T]:
    items = list(stream)
    if len(items) <= k:
        return items
    return rng.sample(items, k)


def weighted_reservoir_sample(stream: Iterable[Tuple[T, float]], k: int, rng: random.Random) -> List[T]:
    heap: List[Tuple[float, int, T]] = []
    for index, (item, weight) in enumerate(stream):
        if weight < 0:
            raise ValueError(f"negative weight {weight}")
        if weight == 0 or k <= 0:
            continue
        key = math.log(1.0 - rng.random()) / weight
        if len(heap) < k:
            heapq.heappush(heap, (key, index, item))
        elif key > heap[0][0]:
            heapq.heapreplace(heap, (key, index, item))
    heap.sort(key=lambda entry: entry[1])
    return [item for _, _, item in heap]
