# Wrong: averages the two children's impurities equally instead of weighting them by their sizes.
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

    parent_counts = Counter(y)
    parent = _impurity_from_counts(parent_counts, n, criterion)
    best: Optional[Tuple[int, float, float]] = None
    for f in range(d):
        order = sorted(range(n), key=lambda r: X[r][f])
        left: Counter = Counter()
        right = Counter(parent_counts)
        # Move rows to the left one at a time; a threshold is possible only between two distinct values.
        for pos in range(n - 1):
            r = order[pos]
            left[y[r]] += 1
            right[y[r]] -= 1
            a, b = X[r][f], X[order[pos + 1]][f]
            if a == b:
                continue  # equal values always fall on the same side
            n_left = pos + 1
            n_right = n - n_left
            gain = parent - (
                _impurity_from_counts(left, n_left, criterion) + _impurity_from_counts(right, n_right, criterion)
            ) / 2
            # Features and thresholds are visited in increasing order, so only a strictly larger
            # gain replaces the best: ties keep the lowest feature, then the lowest threshold.
            if best is None or gain > best[2] + EPS:
                best = (f, (a + b) / 2, gain)
    if best is None or best[2] <= EPS:
        return None
    return best
