# Wrong: weights the next k-means++ centroid by the distance D(x) instead of the squared distance D(x)^2.
import random
from typing import List, Tuple


def _squared_distance(a: List[float], b: List[float]) -> float:
    return sum((x - y) * (x - y) for x, y in zip(a, b))


def _assign(points: List[List[float]], centroids: List[List[float]]) -> List[int]:
    assignments = []
    for point in points:
        best, best_distance = 0, _squared_distance(point, centroids[0])
        for c in range(1, len(centroids)):
            distance = _squared_distance(point, centroids[c])
            if distance < best_distance:
                best, best_distance = c, distance
        assignments.append(best)
    return assignments


def _update(points: List[List[float]], assignments: List[int], centroids: List[List[float]]) -> List[List[float]]:
    dimension = len(centroids[0])
    sums = [[0.0] * dimension for _ in centroids]
    counts = [0] * len(centroids)
    for point, c in zip(points, assignments):
        counts[c] += 1
        for j in range(dimension):
            sums[c][j] += point[j]
    return [
        [value / counts[c] for value in sums[c]] if counts[c] > 0 else list(centroids[c])
        for c in range(len(centroids))
    ]


def kmeans(
    points: List[List[float]],
    initial_centroids: List[List[float]],
    max_iters: int = 100,
) -> Tuple[List[List[float]], List[int]]:
    centroids = [list(map(float, c)) for c in initial_centroids]
    assignments: List[int] = []
    for _ in range(max_iters):
        new_assignments = _assign(points, centroids)
        if new_assignments == assignments:
            break
        assignments = new_assignments
        centroids = _update(points, assignments, centroids)
    return centroids, assignments


def kmeans_plus_plus_init(points: List[List[float]], k: int, rng: random.Random) -> List[List[float]]:
    first = points[rng.randrange(len(points))]
    centroids = [list(first)]
    nearest = [_squared_distance(p, first) ** 0.5 for p in points]
    while len(centroids) < k:
        target = rng.random() * sum(nearest)
        chosen = -1
        for i, weight in enumerate(nearest):
            if weight <= 0.0:
                continue
            chosen = i
            if target < weight:
                break
            target -= weight
        centroid = list(points[chosen])
        centroids.append(centroid)
        nearest = [min(d, _squared_distance(p, centroid) ** 0.5) for d, p in zip(nearest, points)]
    return centroids
