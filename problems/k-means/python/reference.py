import random
from typing import List, Tuple


def _squared_distance(a: List[float], b: List[float]) -> float:
    return sum((x - y) * (x - y) for x, y in zip(a, b))


def _assign(points: List[List[float]], centroids: List[List[float]]) -> List[int]:
    """Index of the nearest centroid for every point; ties go to the lowest index."""
    assignments = []
    for point in points:
        best, best_distance = 0, _squared_distance(point, centroids[0])
        for c in range(1, len(centroids)):
            distance = _squared_distance(point, centroids[c])
            if distance < best_distance:  # strictly closer: keeps the lowest index on ties
                best, best_distance = c, distance
        assignments.append(best)
    return assignments


def _update(
    points: List[List[float]], assignments: List[int], centroids: List[List[float]]
) -> List[List[float]]:
    """Mean of each cluster's points; an empty cluster keeps its previous centroid."""
    dimension = len(centroids[0])
    sums = [[0.0] * dimension for _ in centroids]
    counts = [0] * len(centroids)
    for point, c in zip(points, assignments):
        counts[c] += 1
        total = sums[c]
        for j in range(dimension):
            total[j] += point[j]
    return [
        [value / counts[c] for value in sums[c]] if counts[c] > 0 else list(centroids[c])
        for c in range(len(centroids))
    ]


def kmeans(
    points: List[List[float]],
    initial_centroids: List[List[float]],
    max_iters: int = 100,
) -> Tuple[List[List[float]], List[int]]:
    """Lloyd's algorithm from the given centroids; return (centroids, assignments)."""
    centroids = [list(map(float, c)) for c in initial_centroids]  # copies: never touch the input
    assignments: List[int] = []
    for _ in range(max_iters):
        new_assignments = _assign(points, centroids)
        if new_assignments == assignments:
            break  # converged: the update step would not move anything
        assignments = new_assignments
        centroids = _update(points, assignments, centroids)
    return centroids, assignments


def kmeans_plus_plus_init(points: List[List[float]], k: int, rng: random.Random) -> List[List[float]]:
    """Choose k starting centroids from points with k-means++ (D^2 weighting)."""
    first = points[rng.randrange(len(points))]
    centroids = [list(first)]
    # nearest[i] = squared distance from point i to its nearest chosen centroid
    nearest = [_squared_distance(p, first) for p in points]
    while len(centroids) < k:
        total = sum(nearest)
        target = rng.random() * total
        chosen = -1
        for i, weight in enumerate(nearest):
            if weight <= 0.0:
                continue  # already a centroid (or a duplicate of one): never chosen
            chosen = i  # remember the last candidate in case rounding leaves target >= 0
            if target < weight:
                break
            target -= weight
        centroid = list(points[chosen])
        centroids.append(centroid)
        for i, p in enumerate(points):
            distance = _squared_distance(p, centroid)
            if distance < nearest[i]:
                nearest[i] = distance
    return centroids
