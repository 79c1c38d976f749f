# Wrong: keeps a reference to the caller's vector, so changing that list later changes the index.
import heapq
from typing import Dict, List, Sequence


def _squared_l2(a: Sequence[float], b: Sequence[float]) -> float:
    return sum((x - y) * (x - y) for x, y in zip(a, b))


class IVFIndex:
    """An inverted-file index: one list of vectors per given centroid, searched list by list."""

    def __init__(self, centroids: List[List[float]]) -> None:
        if len(centroids) == 0:
            raise ValueError("at least one centroid is needed")
        self._dimension = len(centroids[0])
        if self._dimension == 0 or any(len(c) != self._dimension for c in centroids):
            raise ValueError("every centroid must have the same, positive dimension")
        self._centroids = [list(map(float, c)) for c in centroids]
        self._lists: List[List[int]] = [[] for _ in centroids]
        self._vectors: Dict[int, List[float]] = {}

    def _check(self, vector: Sequence[float]) -> None:
        if len(vector) != self._dimension:
            raise ValueError(f"expected a vector of dimension {self._dimension}, got {len(vector)}")

    def _centroid_order(self, vector: Sequence[float]) -> List[int]:
        """Centroid indices from nearest to farthest; equal distances keep the lower index first."""
        distances = [_squared_l2(vector, c) for c in self._centroids]
        return sorted(range(len(self._centroids)), key=lambda c: (distances[c], c))

    def add(self, item_id: int, vector: List[float]) -> int:
        """Store a copy of vector under item_id in the list of its nearest centroid; return that list's index."""
        self._check(vector)
        if item_id in self._vectors:
            raise ValueError(f"id {item_id} is already in the index")
        distances = [_squared_l2(vector, c) for c in self._centroids]
        nearest = min(range(len(distances)), key=lambda c: (distances[c], c))
        self._vectors[item_id] = vector
        self._lists[nearest].append(item_id)
        return nearest

    def list_ids(self, list_index: int) -> List[int]:
        """The ids in one inverted list, in the order they were added."""
        return list(self._lists[list_index])

    def search(self, query: List[float], k: int, nprobe: int) -> List[int]:
        """The k ids nearest to query (squared L2) among the nprobe lists whose centroids are nearest."""
        self._check(query)
        if k < 0 or nprobe < 1:
            raise ValueError("need k >= 0 and nprobe >= 1")
        if k == 0:
            return []
        best: List[tuple] = []  # a size-k heap of (-distance, -id): the root is the worst kept
        for list_index in self._centroid_order(query)[:nprobe]:
            for item_id in self._lists[list_index]:
                entry = (-_squared_l2(query, self._vectors[item_id]), -item_id)
                if len(best) < k:
                    heapq.heappush(best, entry)
                elif entry > best[0]:
                    heapq.heapreplace(best, entry)
        return [-neg_id for _, neg_id in sorted(best, reverse=True)]
