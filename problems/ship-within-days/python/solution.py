from typing import List


def min_daily_capacity(sizes: List[int], days: int) -> int:
    """The smallest daily capacity that ships every shard, in order, within the given number of days."""
    raise NotImplementedError("Write your solution here")
