import random
from typing import List, Tuple


def kmeans(
    points: List[List[float]],
    initial_centroids: List[List[float]],
    max_iters: int = 100,
) -> Tuple[List[List[float]], List[int]]:
    """Lloyd's algorithm from the given centroids; return (centroids, assignments)."""
    raise NotImplementedError("Write your solution here")


def kmeans_plus_plus_init(points: List[List[float]], k: int, rng: random.Random) -> List[List[float]]:
    """Choose k starting centroids from points with k-means++ (D^2 weighting)."""
    raise NotImplementedError("Write your solution here")
