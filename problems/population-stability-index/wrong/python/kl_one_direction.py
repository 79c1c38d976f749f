# Wrong: sums a * ln(a / e), the one-directional KL divergence, instead of (a - e) * ln(a / e).
import math
from bisect import bisect_left
from typing import List, Sequence


def quantile_edges(baseline: Sequence[float], bins: int = 10) -> List[float]:
    """The bins - 1 inner edges: the baseline's quantiles j / bins, linearly interpolated."""
    if bins < 2:
        raise ValueError("bins must be at least 2")
    if len(baseline) == 0:
        raise ValueError("the baseline sample is empty")
    values = sorted(baseline)  # a sorted copy: the caller's list is left alone
    n = len(values)
    edges = []
    for j in range(1, bins):
        h = (n - 1) * j / bins
        i = math.floor(h)
        if i + 1 < n:
            edges.append(values[i] + (h - i) * (values[i + 1] - values[i]))
        else:
            edges.append(values[i])
    return edges


def _proportions(sample: Sequence[float], edges: List[float], eps: float) -> List[float]:
    counts = [0] * (len(edges) + 1)
    for value in sample:
        # Edges are inclusive on the right: a value equal to an edge belongs to the bin below it.
        counts[bisect_left(edges, value)] += 1
    return [count / len(sample) if count > 0 else eps for count in counts]


def psi(baseline: Sequence[float], current: Sequence[float], bins: int = 10, eps: float = 1e-4) -> float:
    """Population stability index of current against baseline, on bins from the baseline's quantiles."""
    if len(current) == 0:
        raise ValueError("the current sample is empty")
    edges = quantile_edges(baseline, bins)
    expected = _proportions(baseline, edges, eps)
    actual = _proportions(current, edges, eps)
    return sum(a * math.log(a / e) for a, e in zip(actual, expected))


def psi_label(value: float) -> str:
    """'stable' below 0.1, 'moderate' from 0.1 to 0.25 inclusive, 'major' above 0.25."""
    if value < 0.1:
        return "stable"
    if value <= 0.25:
        return "moderate"
    return "major"
