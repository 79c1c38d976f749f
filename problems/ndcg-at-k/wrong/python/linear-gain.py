# Wrong: uses the label itself as the gain instead of 2^rel - 1 (the two agree only for binary labels).
import math
from typing import List


def dcg_at_k(relevances: List[float], k: int) -> float:
    return sum(rel / math.log2(i + 2) for i, rel in enumerate(relevances[:k]))


def ndcg_at_k(ranked_relevances: List[float], judged_relevances: List[float], k: int) -> float:
    ideal = dcg_at_k(sorted(judged_relevances, reverse=True), k)
    return dcg_at_k(ranked_relevances, k) / ideal if ideal > 0 else 0.0
