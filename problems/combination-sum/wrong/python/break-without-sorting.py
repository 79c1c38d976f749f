# Wrong: stops the loop at the first candidate larger than what remains, but never sorts, so later smaller candidates are skipped and combinations are not ascending.
from typing import List


def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    result: List[List[int]] = []
    chosen: List[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break
            chosen.append(candidates[i])
            extend(i, remaining - candidates[i])
            chosen.pop()

    extend(0, target)
    return result
