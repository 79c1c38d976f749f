# Wrong: top-down recursion with a memo, correct but one call deeper per coin taken: a large amount exceeds the recursion limit.
from functools import lru_cache
from typing import List


def min_coins(coins: List[int], amount: int) -> int:
    @lru_cache(maxsize=None)
    def fewest(rest: int) -> float:
        if rest == 0:
            return 0
        best = float("inf")
        for coin in coins:
            if coin <= rest:
                best = min(best, fewest(rest - coin) + 1)
        return best

    answer = fewest(amount)
    return -1 if answer == float("inf") else int(answer)
