# Wrong: cuts the ideal list at the length of the returned list, so a list shorter than k is not penalised for the relevant items it left out.
import math
from typing import List


def dcg_at_k(relevances: List[float], k: int) -> float:
    total = 0.0
    for i, rel in enumerate(relevances[:k]):
        total += (2.0 ** rel - 1.0) / math.log2(i + 2)
    return total


def ndcg_at_k(ranked_relevances: List[float], judged_relevances: List[float], k: int) -> float:
    cutoff = min(k, len(ranked_relevances))
    ideal = dcg_at_k(sorted(judged_relevances, reverse=True), cutoff)
    if ideal == 0.0:
        return 0.0
    return dcg_at_k(ranked_relevances, cutoff) / ideal
