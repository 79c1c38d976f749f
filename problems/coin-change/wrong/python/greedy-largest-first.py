# Wrong: greedily takes the largest coin that fits, which is not always the fewest coins (1, 3, 4 for 6).
from typing import List


def min_coins(coins: List[int], amount: int) -> int:
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1
