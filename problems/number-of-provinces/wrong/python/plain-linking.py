# Wrong: a union-find with neither union by size nor path compression - long chains of parent pointers make each lookup O(n).
from typing import List


class Provinces:
    def __init__(self, n: int) -> None:
        self.parent: List[int] = list(range(n))
        self.count = n

    def _root(self, city: int) -> int:
        while self.parent[city] != city:
            city = self.parent[city]
        return city

    def add_road(self, a: int, b: int) -> int:
        root_a, root_b = self._root(a), self._root(b)
        if root_a != root_b:
            self.parent[root_a] = root_b
            self.count -= 1
        return self.count

    def same_province(self, a: int, b: int) -> bool:
        return self._root(a) == self._root(b)

    def province_count(self) -> int:
        return self.count
