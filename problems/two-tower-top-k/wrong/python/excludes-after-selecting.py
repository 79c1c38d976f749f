# Wrong: takes the top k first and drops excluded ids afterwards, so fewer than k items come back when a seen item ranked high.
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
    heap: List[Tuple[float, int]] = []
    for item_id, vector in items.items():
        entry = (_score(user, vector, use_cosine), -item_id)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    return [-neg_id for _, neg_id in sorted(heap, reverse=True) if -neg_id not in skip]
