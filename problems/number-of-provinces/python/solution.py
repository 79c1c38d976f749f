class Provinces:
    """Cities 0..n-1 and the roads built so far; a province is a group of cities linked by roads."""

    def __init__(self, n: int) -> None:
        """n cities and no roads: every city is its own province."""
        raise NotImplementedError("Write your solution here")

    def add_road(self, a: int, b: int) -> int:
        """Build a two-way road between cities a and b; return the number of provinces afterwards."""
        raise NotImplementedError("Write your solution here")

    def same_province(self, a: int, b: int) -> bool:
        """Whether a and b are linked, directly or through other cities, by the roads built so far."""
        raise NotImplementedError("Write your solution here")

    def province_count(self) -> int:
        """The number of provinces now."""
        raise NotImplementedError("Write your solution here")
