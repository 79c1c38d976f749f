# Wrong: recomputes precision@i from the top of the list at every hit, which is O(n^2) per query instead of one pass.
from typing import List, Set, Tuple


def _hits(ranked: List[str], relevant: Set[str], k: int) -> int:
    return sum(1 for item in ranked[:k] if item in relevant)


def precision_at_k(ranked: List[str], relevant: Set[str], k: int) -> float:
    return _hits(ranked, relevant, k) / k


def recall_at_k(ranked: List[str], relevant: Set[str], k: int) -> float:
    if not relevant:
        return 0.0
    return _hits(ranked, relevant, k) / len(relevant)


def average_precision(ranked: List[str], relevant: Set[str]) -> float:
    if not relevant:
        return 0.0
    total = 0.0
    for i, item in enumerate(ranked, start=1):
        if item in relevant:
            total += precision_at_k(ranked, relevant, i)
    return total / len(relevant)


def mean_average_precision(queries: List[Tuple[List[str], Set[str]]]) -> float:
    if not queries:
        return 0.0
    return sum(average_precision(ranked, relevant) for ranked, relevant in queries) / len(queries)
