# Wrong: recurses with i + 1, so a candidate can be used only once - the rule of a different problem.
from typing import List


def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    values = sorted(candidates)
    result: List[List[int]] = []
    chosen: List[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen[:])
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            chosen.append(values[i])
            extend(i + 1, remaining - values[i])
            chosen.pop()

    extend(0, target)
    return result
