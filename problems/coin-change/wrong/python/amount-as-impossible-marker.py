# Wrong: uses amount itself to mean "impossible", but an answer can need exactly amount coins (all 1s, or 0 coins for 0).
from typing import List


def min_coins(coins: List[int], amount: int) -> int:
    best = [0] + [amount] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
    return best[amount] if best[amount] != amount else -1
