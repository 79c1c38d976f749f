# Wrong: records the path list itself instead of a copy, so every recorded combination is the same list, which backtracking empties again by the end.
from typing import List


def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    values = sorted(candidates)
    result: List[List[int]] = []
    chosen: List[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen)
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            chosen.append(values[i])
            extend(i, remaining - values[i])
            chosen.pop()

    extend(0, target)
    return result
