from typing import List


class IVFIndex:
    """An inverted-file index: one list of vectors per given centroid, searched list by list."""

    def __init__(self, centroids: List[List[float]]) -> None:
        """An empty index with one inverted list per centroid. Raises ValueError if there are no centroids
        or their dimensions differ."""
        raise NotImplementedError("Write your solution here")

    def add(self, item_id: int, vector: List[float]) -> int:
        """Store a copy of vector under item_id in the list of its nearest centroid; return that list's index.

        Raises ValueError for a vector of the wrong dimension or an id already in the index.
        """
        raise NotImplementedError("Write your solution here")

    def list_ids(self, list_index: int) -> List[int]:
        """The ids in one inverted list, in the order they were added."""
        raise NotImplementedError("Write your solution here")

    def search(self, query: List[float], k: int, nprobe: int) -> List[int]:
        """The k ids nearest to query (squared L2) among the nprobe lists whose centroids are nearest.

        Ranked by distance, ties by smaller id. Raises ValueError if k < 0, nprobe < 1 or the
        query has the wrong dimension.
        """
        raise NotImplementedError("Write your solution here")
