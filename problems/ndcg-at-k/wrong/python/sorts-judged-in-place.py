# Wrong: sorts the caller's judged list in place to build the ideal order, modifying the input.
import math
from typing import List


def dcg_at_k(relevances: List[float], k: int) -> float:
    total = 0.0
    for i, rel in enumerate(relevances[:k]):
        total += (2.0 ** rel - 1.0) / math.log2(i + 2)
    return total


def ndcg_at_k(ranked_relevances: List[float], judged_relevances: List[float], k: int) -> float:
    judged_relevances.sort(reverse=True)
    ideal = dcg_at_k(judged_relevances, k)
    if ideal == 0.0:
        return 0.0
    return dcg_at_k(ranked_relevances, k) / ideal
