# Wrong: builds the ideal DCG from the returned list itself, so judged items the model missed never enter the denominator.
import math
from typing import List


def dcg_at_k(relevances: List[float], k: int) -> float:
    total = 0.0
    for i, rel in enumerate(relevances[:k]):
        total += (2.0 ** rel - 1.0) / math.log2(i + 2)
    return total


def ndcg_at_k(ranked_relevances: List[float], judged_relevances: List[float], k: int) -> float:
    ideal = dcg_at_k(sorted(ranked_relevances, reverse=True), k)
    if ideal == 0.0:
        return 0.0
    return dcg_at_k(ranked_relevances, k) / ideal
