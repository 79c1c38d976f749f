from typing import AbstractSet, Dict, List, Optional


def top_k_items(
    user: List[float],
    items: Dict[int, List[float]],
    k: int,
    exclude: Optional[AbstractSet[int]] = None,
    use_cosine: bool = False,
) -> List[int]:
    """Ids of the k best-scoring items (dot product, or cosine), best first, ties by smaller id."""
    raise NotImplementedError("Write your solution here")
