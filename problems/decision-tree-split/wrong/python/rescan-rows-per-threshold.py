# Wrong: re-partitions all n rows and recounts both children at every candidate threshold, O(d * n^2) instead of O(d * n log n).
import math
from collections import Counter
from typing import Dict, Hashable, List, Optional, Sequence, Tuple

EPS = 1e-12  # gains closer than this count as equal


def _impurity_from_counts(counts: Dict[Hashable, int], n: int, criterion: str) -> float:
    if n == 0:
        return 0.0
    if criterion == "gini":
        return 1.0 - sum((c / n) ** 2 for c in counts.values())
    return -sum((c / n) * math.log2(c / n) for c in counts.values() if c > 0)  # entropy in bits


def impurity(labels: Sequence[Hashable], criterion: str = "gini") -> float:
    """Gini impurity 1 - sum p_k^2, or entropy -sum p_k log2 p_k, of a list of class labels."""
    if criterion not in ("gini", "entropy"):
        raise ValueError("criterion must be 'gini' or 'entropy'")
    return _impurity_from_counts(Counter(labels), len(labels), criterion)


def best_split(X: List[List[float]], y: List[Hashable], criterion: str = "gini") -> Optional[Tuple[int, float, float]]:
    """(feature, threshold, gain) of the best split x[feature] <= threshold, or None if no split gains anything."""
    if criterion not in ("gini", "entropy"):
        raise ValueError("criterion must be 'gini' or 'entropy'")
    n = len(X)
    if n == 0 or len(y) != n:
        raise ValueError("need at least one row and one label per row")
    d = len(X[0])
    if any(len(row) != d for row in X):
        raise ValueError("every row must have the same number of features")

    parent = impurity(y, criterion)
    best: Optional[Tuple[int, float, float]] = None
    for f in range(d):
        values = sorted(set(X[r][f] for r in range(n)))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2
            # Partition every row again for this threshold.
            left = [y[r] for r in range(n) if X[r][f] <= t]
            right = [y[r] for r in range(n) if X[r][f] > t]
            gain = parent - len(left) / n * impurity(left, criterion) - len(right) / n * impurity(right, criterion)
            if best is None or gain > best[2] + EPS:
                best = (f, t, gain)
    if best is None or best[2] <= EPS:
        return None
    return best
