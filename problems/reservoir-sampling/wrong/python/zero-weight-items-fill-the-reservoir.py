# Wrong: gives a weight-0 item the key -infinity instead of skipping it, so it is returned whenever fewer than k items have a positive weight.
import heapq
import math
import random
from typing import Iterable, List, Tuple, TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> List[T]:
    reservoir: List[T] = []
    if k <= 0:
        return reservoir
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                reservoir[j] = item
    return reservoir


def weighted_reservoir_sample(stream: Iterable[Tuple[T, float]], k: int, rng: random.Random) -> List[T]:
    heap: List[Tuple[float, int, T]] = []
    for index, (item, weight) in enumerate(stream):
        if weight < 0:
            raise ValueError(f"negative weight {weight}")
        if k <= 0:
            continue
        key = math.log(1.0 - rng.random()) / weight if weight > 0 else -math.inf
        if len(heap) < k:
            heapq.heappush(heap, (key, index, item))
        elif key > heap[0][0]:
            heapq.heapreplace(heap, (key, index, item))
    heap.sort(key=lambda entry: entry[1])
    return [item for _, _, item in heap]
