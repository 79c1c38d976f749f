# Wrong: keeps the use order in a plain list, so moving a key to the back costs a scan: O(capacity) per call.
from typing import Dict, List


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: Dict[int, int] = {}
        self.order: List[int] = []  # least recently used first

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.order.remove(key)
        self.values[key] = value
        self.order.append(key)
        if len(self.order) > self.capacity:
            del self.values[self.order.pop(0)]
