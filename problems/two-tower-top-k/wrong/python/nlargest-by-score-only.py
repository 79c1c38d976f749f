# Wrong: calls heapq.nlargest with the score alone as the key, so tied scores come out in insertion order instead of by smaller id.
import heapq
import math
from typing import AbstractSet, Dict, List, Optional, Tuple


def _score(user: List[float], vector: List[float], use_cosine: bool) -> float:
    score = sum(u * v for u, v in zip(user, vector))
    if use_cosine:
        norm = math.sqrt(sum(u * u for u in user)) * math.sqrt(sum(v * v for v in vector))
        score = score / norm if norm > 0 else 0.0
    return score


def top_k_items(
    user: List[float],
    items: Dict[int, List[float]],
    k: int,
    exclude: Optional[AbstractSet[int]] = None,
    use_cosine: bool = False,
) -> List[int]:
    if k <= 0:
        return []
    skip = exclude if exclude is not None else frozenset()
    candidates = [item_id for item_id in items if item_id not in skip]
    return heapq.nlargest(k, candidates, key=lambda item_id: _score(user, items[item_id], use_cosine))
