from typing import List


def min_coins(coins: List[int], amount: int) -> int:
    """Return the fewest coins that add up to amount, or -1 if none do."""
    raise NotImplementedError("Write your solution here")
