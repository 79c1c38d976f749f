class LRUCache:
    """A fixed-capacity cache that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        """Start empty, holding at most capacity keys."""
        raise NotImplementedError("Write your solution here")

    def get(self, key: int) -> int:
        """The value stored for key (and mark it used), or -1 if key is absent."""
        raise NotImplementedError("Write your solution here")

    def put(self, key: int, value: int) -> None:
        """Store value under key (and mark it used), evicting the least recently used key if over capacity."""
        raise NotImplementedError("Write your solution here")
