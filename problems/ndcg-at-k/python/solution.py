from typing import List


def dcg_at_k(relevances: List[float], k: int) -> float:
    """Discounted cumulative gain of the first k items: sum of (2^rel - 1) / log2(position + 1)."""
    raise NotImplementedError("Write your solution here")


def ndcg_at_k(ranked_relevances: List[float], judged_relevances: List[float], k: int) -> float:
    """DCG@k of the ranked list divided by the DCG@k of all judged items in their ideal
    (descending) order; 0 if that ideal DCG is 0."""
    raise NotImplementedError("Write your solution here")
