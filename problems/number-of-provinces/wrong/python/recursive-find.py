# Wrong: path compression written as recursion, without union by size - the first lookup at the end of a 50,000-city chain recurses 50,000 deep and hits Python's recursion limit.
from typing import List


class Provinces:
    def __init__(self, n: int) -> None:
        self.parent: List[int] = list(range(n))
        self.count = n

    def _root(self, city: int) -> int:
        if self.parent[city] != city:
            self.parent[city] = self._root(self.parent[city])
        return self.parent[city]

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
