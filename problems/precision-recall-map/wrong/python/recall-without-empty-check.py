# Wrong: divides by the size of the relevant set without checking for an empty set, so recall@k raises ZeroDivisionError instead of returning 0.
from typing import List, Set, Tuple


def _hits(ranked: List[str], relevant: Set[str], k: int) -> int:
    return sum(1 for item in ranked[:k] if item in relevant)


def precision_at_k(ranked: List[str], relevant: Set[str], k: int) -> float:
    return _hits(ranked, relevant, k) / k


def recall_at_k(ranked: List[str], relevant: Set[str], k: int) -> float:
    return _hits(ranked, relevant, k) / len(relevant)


def average_precision(ranked: List[str], relevant: Set[str]) -> float:
    if not relevant:
        return 0.0
    hits = 0
    total = 0.0
    for i, item in enumerate(ranked, start=1):
        if item in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant)


def mean_average_precision(queries: List[Tuple[List[str], Set[str]]]) -> float:
    if not queries:
        return 0.0
    return sum(average_precision(ranked, relevant) for ranked, relevant in queries) / len(queries)
