from typing import List


class StreamTopK:
    """Exact counts of a stream of items, reporting the k most frequent on request."""

    def __init__(self, k: int) -> None:
        """Start an empty stream that reports at most k items."""
        raise NotImplementedError("Write your solution here")

    def add(self, item: str) -> None:
        """Record one more occurrence of item."""
        raise NotImplementedError("Write your solution here")

    def top(self) -> List[str]:
        """Up to k items by count descending, ties broken by the lexicographically smaller item."""
        raise NotImplementedError("Write your solution here")
