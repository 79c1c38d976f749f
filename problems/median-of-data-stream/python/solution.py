class MedianFinder:
    """The running median of a stream of integers."""

    def __init__(self) -> None:
        """Start with no numbers."""
        raise NotImplementedError("Write your solution here")

    def add_num(self, num: int) -> None:
        """Record one more number."""
        raise NotImplementedError("Write your solution here")

    def find_median(self) -> float:
        """The median of every number recorded so far (at least one)."""
        raise NotImplementedError("Write your solution here")
