from typing import List


def days_until_warmer(temps: List[int]) -> List[int]:
    """For each day, how many days until a strictly warmer one (0 if none comes)."""
    raise NotImplementedError("Write your solution here")
