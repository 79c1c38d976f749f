# Wrong: loops the amounts downwards inside the loop over coins (the 0/1 knapsack order), so each coin can be used only once.
from typing import List


def min_coins(coins: List[int], amount: int) -> int:
    infinity = amount + 1
    best = [0] + [infinity] * amount
    for coin in coins:
        for value in range(amount, coin - 1, -1):
            best[value] = min(best[value], best[value - coin] + 1)
    return best[amount] if best[amount] != infinity else -1
