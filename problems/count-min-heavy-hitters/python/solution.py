from typing import List, Tuple

PRIME = 67_108_859  # p = 2^26 - 5


class CountMinSketch:
    """depth rows of width counters, hashed with the seeded family from the statement."""

    def __init__(self, width: int, depth: int, seed: int) -> None:
        """An empty sketch; the row hash parameters are drawn from the minstd generator seeded with seed."""
        raise NotImplementedError("Write your solution here")

    @staticmethod
    def dimensions(epsilon: float, delta: float) -> Tuple[int, int]:
        """(width, depth) = (ceil(e / epsilon), ceil(ln(1 / delta))). Raises ValueError unless epsilon > 0 and 0 < delta < 1."""
        raise NotImplementedError("Write your solution here")

    def bucket(self, row: int, key: int) -> int:
        """((a_row * key + b_row) mod p) mod width."""
        raise NotImplementedError("Write your solution here")

    def add(self, key: int, count: int = 1) -> None:
        """Add count (>= 0) occurrences of key (0 <= key < p); otherwise raise ValueError."""
        raise NotImplementedError("Write your solution here")

    def estimate(self, key: int) -> int:
        """An estimate of key's total count that is never below the true count."""
        raise NotImplementedError("Write your solution here")

    @property
    def total(self) -> int:
        """N, the sum of every count added so far."""
        raise NotImplementedError("Write your solution here")


class HeavyHitters:
    """Keys whose count is at least phi * N, tracked as the stream arrives."""

    def __init__(self, phi: float, width: int, depth: int, seed: int) -> None:
        """Track heavy hitters with a CountMinSketch(width, depth, seed) and a small candidate set."""
        raise NotImplementedError("Write your solution here")

    def add(self, key: int, count: int = 1) -> None:
        """Add count occurrences of key."""
        raise NotImplementedError("Write your solution here")

    def estimate(self, key: int) -> int:
        """The sketch's estimate for key."""
        raise NotImplementedError("Write your solution here")

    def heavy_hitters(self) -> List[int]:
        """Every key with true count >= phi * N and none with estimate < phi * N, by estimate descending, then key ascending."""
        raise NotImplementedError("Write your solution here")
