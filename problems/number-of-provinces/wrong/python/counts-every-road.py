# Wrong: subtracts one province for every road, even a road between two cities that were already in the same province.
from typing import List


class Provinces:
    def __init__(self, n: int) -> None:
        self.parent: List[int] = list(range(n))
        self.size: List[int] = [1] * n
        self.count = n

    def _root(self, city: int) -> int:
        while self.parent[city] != city:
            self.parent[city] = self.parent[self.parent[city]]
            city = self.parent[city]
        return city

    def add_road(self, a: int, b: int) -> int:
        root_a, root_b = self._root(a), self._root(b)
        if self.size[root_a] < self.size[root_b]:
            root_a, root_b = root_b, root_a
        if root_a != root_b:
            self.parent[root_b] = root_a
            self.size[root_a] += self.size[root_b]
        self.count -= 1
        return self.count

    def same_province(self, a: int, b: int) -> bool:
        return self._root(a) == self._root(b)

    def province_count(self) -> int:
        return self.count
