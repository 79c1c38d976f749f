import random
from typing import Iterable, List, Tuple, TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, rng: random.Random) -> List[T]:
    """Uniform sample of k items from a stream of unknown length, in one pass (Algorithm R)."""
    raise NotImplementedError("Write your solution here")


def weighted_reservoir_sample(stream: Iterable[Tuple[T, float]], k: int, rng: random.Random) -> List[T]:
    """Weighted sample of k items without replacement from (item, weight) pairs (Efraimidis-Spirakis)."""
    raise NotImplementedError("Write your solution here")
