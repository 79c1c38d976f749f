from typing import List


def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    """Backtracking over a sorted copy: each level may reuse its value or move to a larger one."""
    values = sorted(candidates)
    result: List[List[int]] = []
    chosen: List[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen[:])  # a snapshot: chosen keeps changing
            return
        for i in range(start, len(values)):
            value = values[i]
            if value > remaining:
                break  # the values are sorted, so every later one is too large as well
            chosen.append(value)
            extend(i, remaining - value)  # i, not i + 1: the same value may be used again
            chosen.pop()

    extend(0, target)
    return result  # smaller values are tried first, so the list comes out in lexicographic order
