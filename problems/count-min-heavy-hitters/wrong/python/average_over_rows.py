# Wrong: averages the rows; collisions only ever add, so one bad row drags every estimate up.
import math
from typing import List, Tuple

PRIME = 67_108_859  # 2^26 - 5: a * key + b stays below 2^53, exact in every language
MINSTD_MODULUS = 2_147_483_647  # 2^31 - 1
MINSTD_MULTIPLIER = 48_271


def _row_parameters(depth: int, seed: int) -> List[Tuple[int, int]]:
    """(a, b) for every row, drawn from the minstd generator in the order a0, b0, a1, b1, ..."""
    state = seed
    parameters = []
    for _ in range(depth):
        state = state * MINSTD_MULTIPLIER % MINSTD_MODULUS
        a = 1 + state % (PRIME - 1)
        state = state * MINSTD_MULTIPLIER % MINSTD_MODULUS
        b = state % PRIME
        parameters.append((a, b))
    return parameters


class CountMinSketch:
    """depth rows of width counters; a key's estimate is its smallest counter."""

    def __init__(self, width: int, depth: int, seed: int) -> None:
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be at least 1")
        if not 1 <= seed <= MINSTD_MODULUS - 2:
            raise ValueError("seed must be in [1, 2^31 - 2]")
        self._width = width
        self._parameters = _row_parameters(depth, seed)
        self._rows = [[0] * width for _ in range(depth)]
        self._total = 0

    @staticmethod
    def dimensions(epsilon: float, delta: float) -> Tuple[int, int]:
        """(width, depth) = (ceil(e / epsilon), ceil(ln(1 / delta)))."""
        if not epsilon > 0 or not 0 < delta < 1:
            raise ValueError("need epsilon > 0 and 0 < delta < 1")
        return math.ceil(math.e / epsilon), math.ceil(math.log(1 / delta))

    def bucket(self, row: int, key: int) -> int:
        """((a_row * key + b_row) mod p) mod width."""
        a, b = self._parameters[row]
        return (a * key + b) % PRIME % self._width

    def add(self, key: int, count: int = 1) -> None:
        if not 0 <= key < PRIME:
            raise ValueError(f"key {key} is outside [0, {PRIME})")
        if count < 0:
            raise ValueError("counts must be non-negative: the sketch only ever overestimates")
        for row, counters in enumerate(self._rows):
            counters[self.bucket(row, key)] += count
        self._total += count

    def estimate(self, key: int) -> int:
        """The mean of the key's counters, rounded down."""
        if not 0 <= key < PRIME:
            raise ValueError(f"key {key} is outside [0, {PRIME})")
        return sum(counters[self.bucket(row, key)] for row, counters in enumerate(self._rows)) // len(self._rows)

    @property
    def total(self) -> int:
        """N, the sum of every count added."""
        return self._total


class HeavyHitters:
    """A Count-Min sketch plus a small set of candidate keys whose estimate reached phi * N."""

    def __init__(self, phi: float, width: int, depth: int, seed: int) -> None:
        if not 0 < phi <= 1:
            raise ValueError("phi must be in (0, 1]")
        self._phi = phi
        self._sketch = CountMinSketch(width, depth, seed)
        self._candidates = set()
        self._prune_at = 2 * math.ceil(1 / phi)

    def add(self, key: int, count: int = 1) -> None:
        self._sketch.add(key, count)
        threshold = self._phi * self._sketch.total
        if self._sketch.estimate(key) >= threshold:
            self._candidates.add(key)
        else:
            self._candidates.discard(key)
        if len(self._candidates) > self._prune_at:
            self._prune(threshold)

    def _prune(self, threshold: float) -> None:
        # N only grows, so a candidate whose estimate fell below phi * N can only come back
        # through a new add of its own, which re-checks it.
        self._candidates = {k for k in self._candidates if self._sketch.estimate(k) >= threshold}

    def estimate(self, key: int) -> int:
        return self._sketch.estimate(key)

    def heavy_hitters(self) -> List[int]:
        """Candidates whose current estimate is >= phi * N, by estimate descending, then key ascending."""
        threshold = self._phi * self._sketch.total
        self._prune(threshold)
        return sorted(self._candidates, key=lambda k: (-self._sketch.estimate(k), k))
