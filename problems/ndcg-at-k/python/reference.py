import math
from typing import List


def dcg_at_k(relevances: List[float], k: int) -> float:
    """Discounted cumulative gain of the first k items: sum of (2^rel - 1) / log2(position + 1)."""
    total = 0.0
    # Slicing handles k beyond the end of the list. Index i is position i + 1,
    # so its discount is log2(i + 2): the top item is divided by log2(2) = 1.
    for i, rel in enumerate(relevances[:k]):
        total += (2.0 ** rel - 1.0) / math.log2(i + 2)
    return total


def ndcg_at_k(ranked_relevances: List[float], judged_relevances: List[float], k: int) -> float:
    """DCG@k of the ranked list divided by the DCG@k of all judged items in their ideal
    (descending) order; 0 if that ideal DCG is 0."""
    # The ideal ranks every judged item of the query, including those the model missed.
    # sorted() returns a new list, so the caller's list is left untouched.
    ideal = dcg_at_k(sorted(judged_relevances, reverse=True), k)
    if ideal == 0.0:
        return 0.0  # nothing relevant was judged: defined as 0 rather than 0 / 0
    return dcg_at_k(ranked_relevances, k) / ideal
