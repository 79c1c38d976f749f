# Wrong: discounts position i by log2(i) from position 2 on (the first two positions are both undiscounted) instead of log2(i + 1).
import math
from typing import List


def dcg_at_k(relevances: List[float], k: int) -> float:
    total = 0.0
    for position, rel in enumerate(relevances[:k], start=1):
        gain = 2.0 ** rel - 1.0
        total += gain if position == 1 else gain / math.log2(position)
    return total


def ndcg_at_k(ranked_relevances: List[float], judged_relevances: List[float], k: int) -> float:
    ideal = dcg_at_k(sorted(judged_relevances, reverse=True), k)
    if ideal == 0.0:
        return 0.0
    return dcg_at_k(ranked_relevances, k) / ideal
