import heapq
import math
from typing import AbstractSet, Dict, List, Optional, Tuple


def top_k_items(
    user: List[float],
    items: Dict[int, List[float]],
    k: int,
    exclude: Optional[AbstractSet[int]] = None,
    use_cosine: bool = False,
) -> List[int]:
    """Ids of the k best-scoring items (dot product, or cosine), best first, ties by smaller id."""
    if k <= 0:
        return []
    skip = exclude if exclude is not None else frozenset()
    user_norm = math.sqrt(sum(x * x for x in user))

    # Min-heap of (score, -id): the root is the weakest kept item, i.e. the lowest score,
    # and among equal scores the largest id (its -id is the smallest).
    heap: List[Tuple[float, int]] = []
    for item_id, vector in items.items():
        if item_id in skip:
            continue
        score = sum(u * v for u, v in zip(user, vector))
        if use_cosine:
            norm = user_norm * math.sqrt(sum(v * v for v in vector))
            score = score / norm if norm > 0 else 0.0
        entry = (score, -item_id)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:  # beats the weakest kept item
            heapq.heapreplace(heap, entry)

    # Best first: score descending, then id ascending.
    return [-neg_id for _, neg_id in sorted(heap, reverse=True)]
