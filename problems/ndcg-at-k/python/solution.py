from typing import List


def dcg_at_k(relevances: List[float], k: int) -> float:
    """Discounted cumulative gain of the first k items: sum of (2^rel - 1) / log2(position + 1)."""
    raise NotImplementedError("Write your solution here")


def ndcg_at_k(relevances: List[float], k: int) -> float:
    """DCG@k divided by the DCG@k of the ideal (descending) order of the same relevances; 0 if that is 0."""
    raise NotImplementedError("Write your solution here")
