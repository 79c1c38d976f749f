# Wrong: every level restarts at the first candidate, so each multiset is produced once per ordering ([2, 2, 3], [2, 3, 2], ...).
from typing import List


def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    values = sorted(candidates)
    result: List[List[int]] = []
    chosen: List[int] = []

    def extend(remaining: int) -> None:
        if remaining == 0:
            result.append(chosen[:])
            return
        for value in values:
            if value > remaining:
                break
            chosen.append(value)
            extend(remaining - value)
            chosen.pop()

    extend(target)
    return result
