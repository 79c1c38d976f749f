import heapq
import math
import random
from typing import Iterable, List, Tuple, TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> List[T]:
    """Uniform sample of k items from a stream of unknown length, in one pass (Algorithm R)."""
    reservoir: List[T] = []
    if k <= 0:
        return reservoir
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)  # the first k items fill the reservoir
        else:
            j = rng.randrange(i + 1)  # uniform in 0..i
            if j < k:
                reservoir[j] = item  # kept with probability k / (i + 1)
    return reservoir


def weighted_reservoir_sample(stream: Iterable[Tuple[T, float]], k: int, rng: random.Random) -> List[T]:
    """Weighted sample of k items without replacement from (item, weight) pairs (Efraimidis-Spirakis)."""
    # Min-heap of (key, arrival index, item): the root is the weakest item kept. The index
    # breaks key ties so that the items themselves are never compared.
    heap: List[Tuple[float, int, T]] = []
    for index, (item, weight) in enumerate(stream):
        if weight < 0:
            raise ValueError(f"negative weight {weight}")
        if weight == 0 or k <= 0:
            continue  # weight 0: never selected
        u = 1.0 - rng.random()  # uniform in (0, 1]
        key = math.log(u) / weight  # same order as u ** (1 / weight), without underflow
        if len(heap) < k:
            heapq.heappush(heap, (key, index, item))
        elif key > heap[0][0]:
            heapq.heapreplace(heap, (key, index, item))
    heap.sort(key=lambda entry: entry[1])  # stream order (matters only when all are kept)
    return [item for _, _, item in heap]
