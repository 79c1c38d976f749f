# Wrong: points city a itself at city b (parent[a] = b) instead of joining the two roots, which cuts a off from the cities it was already linked to.
from typing import List


class Provinces:
    def __init__(self, n: int) -> None:
        self.parent: List[int] = list(range(n))
        self.count = n

    def _root(self, city: int) -> int:
        while self.parent[city] != city:
            self.parent[city] = self.parent[self.parent[city]]
            city = self.parent[city]
        return city

    def add_road(self, a: int, b: int) -> int:
        if self._root(a) != self._root(b):
            self.parent[a] = b
            self.count -= 1
        return self.count

    def same_province(self, a: int, b: int) -> bool:
        return self._root(a) == self._root(b)

    def province_count(self) -> int:
        return self.count
