from typing import List, Set, Tuple


def _hits_in_top_k(ranked: List[str], relevant: Set[str], k: int) -> int:
    """How many of the first k ranked items are relevant (set lookups are O(1))."""
    return sum(1 for item in ranked[:k] if item in relevant)


def precision_at_k(ranked: List[str], relevant: Set[str], k: int) -> float:
    """Relevant items among the first k, divided by k."""
    # Divide by k even if the list is shorter: missing ranks count as misses.
    return _hits_in_top_k(ranked, relevant, k) / k


def recall_at_k(ranked: List[str], relevant: Set[str], k: int) -> float:
    """Relevant items among the first k, divided by the number of relevant items (0 if there are none)."""
    if not relevant:
        return 0.0
    return _hits_in_top_k(ranked, relevant, k) / len(relevant)


def average_precision(ranked: List[str], relevant: Set[str]) -> float:
    """Sum of precision@i over the ranks i holding a relevant item, divided by len(relevant) (0 if empty)."""
    if not relevant:
        return 0.0
    hits = 0
    total = 0.0
    # One pass with a running hit count: precision@i is hits / i at rank i.
    for i, item in enumerate(ranked, start=1):
        if item in relevant:
            hits += 1
            total += hits / i
    # Divide by all relevant items, so the ones never retrieved count as 0.
    return total / len(relevant)


def mean_average_precision(queries: List[Tuple[List[str], Set[str]]]) -> float:
    """Mean of average_precision over (ranked, relevant) queries; 0 for no queries."""
    if not queries:
        return 0.0
    return sum(average_precision(ranked, relevant) for ranked, relevant in queries) / len(queries)
