from typing import List


class Provinces:
    """Union-find over the cities, with union by size and path halving."""

    def __init__(self, n: int) -> None:
        self.parent: List[int] = list(range(n))  # each city starts as the root of its own province
        self.size: List[int] = [1] * n  # meaningful at roots only: how many cities the province holds
        self.count = n

    def _root(self, city: int) -> int:
        parent = self.parent
        while parent[city] != city:
            parent[city] = parent[parent[city]]  # path halving: point at the grandparent
            city = parent[city]
        return city

    def add_road(self, a: int, b: int) -> int:
        root_a, root_b = self._root(a), self._root(b)
        if root_a != root_b:  # a road inside one province changes nothing
            if self.size[root_a] < self.size[root_b]:
                root_a, root_b = root_b, root_a
            self.parent[root_b] = root_a  # the smaller province hangs under the larger one
            self.size[root_a] += self.size[root_b]
            self.count -= 1
        return self.count

    def same_province(self, a: int, b: int) -> bool:
        return self._root(a) == self._root(b)

    def province_count(self) -> int:
        return self.count
