# Wrong: the entries live in a class attribute, so every LRUCache object shares (and evicts from) the same store.
from collections import OrderedDict


class LRUCache:
    entries: "OrderedDict[int, int]" = OrderedDict()

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key: int, value: int) -> None:
        self.entries[key] = value
        self.entries.move_to_end(key)
        while len(self.entries) > self.capacity:
            self.entries.popitem(last=False)
