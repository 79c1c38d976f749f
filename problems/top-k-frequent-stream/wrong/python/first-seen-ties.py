# Wrong: orders by count alone, so tied items stay in the order they were first seen instead of smaller first.
from collections import Counter
from typing import List


class StreamTopK:
    def __init__(self, k: int) -> None:
        self._k = k
        self._counts: Counter = Counter()

    def add(self, item: str) -> None:
        self._counts[item] += 1

    def top(self) -> List[str]:
        return [item for item, _ in self._counts.most_common(self._k)]
