# Wrong: sorts candidates in place, which reorders the caller's list.
from typing import List


def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    candidates.sort()
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
