# Wrong: stamps each use with a counter and finds the oldest key by scanning every stamp on eviction: O(capacity) per eviction.
from typing import Dict, Tuple


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.entries: Dict[int, Tuple[int, int]] = {}  # key -> (value, last use)
        self.clock = 0

    def _tick(self) -> int:
        self.clock += 1
        return self.clock

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        value = self.entries[key][0]
        self.entries[key] = (value, self._tick())
        return value

    def put(self, key: int, value: int) -> None:
        self.entries[key] = (value, self._tick())
        if len(self.entries) > self.capacity:
            oldest = min(self.entries, key=lambda name: self.entries[name][1])
            del self.entries[oldest]
