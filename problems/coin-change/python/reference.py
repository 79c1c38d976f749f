from typing import List


def min_coins(coins: List[int], amount: int) -> int:
    """Bottom-up DP: best[a] is the fewest coins making a (infinity if none)."""
    infinity = amount + 1  # more coins than any real answer can need
    best = [0] + [infinity] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and best[value - coin] + 1 < best[value]:
                best[value] = best[value - coin] + 1
    return best[amount] if best[amount] != infinity else -1
