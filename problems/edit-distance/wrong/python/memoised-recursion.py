# Wrong: top-down recursion with lru_cache recurses once per letter, so strings of 1,000 letters exceed Python's recursion limit.
import functools


def edit_distance(a: str, b: str) -> int:
    @functools.lru_cache(maxsize=None)
    def distance(i: int, j: int) -> int:
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return distance(i + 1, j + 1)
        return 1 + min(distance(i + 1, j + 1), distance(i + 1, j), distance(i, j + 1))

    return distance(0, 0)
