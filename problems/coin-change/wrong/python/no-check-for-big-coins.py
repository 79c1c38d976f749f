# Wrong: does not skip coins larger than the amount being built, so best[value - coin] is a negative index: it wraps around, or is out of range for a huge coin.
from typing import List


def min_coins(coins: List[int], amount: int) -> int:
    infinity = amount + 1
    best = [0] + [infinity] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            best[value] = min(best[value], best[value - coin] + 1)
    return best[amount] if best[amount] != infinity else -1
