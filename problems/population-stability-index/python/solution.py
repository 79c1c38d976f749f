from typing import List, Sequence


def quantile_edges(baseline: Sequence[float], bins: int = 10) -> List[float]:
    """The bins - 1 inner edges: the baseline's quantiles j / bins, linearly interpolated.

    Raises ValueError if bins < 2 or the baseline is empty.
    """
    raise NotImplementedError("Write your solution here")


def psi(baseline: Sequence[float], current: Sequence[float], bins: int = 10, eps: float = 1e-4) -> float:
    """Population stability index of current against baseline, on bins from the baseline's quantiles.

    Raises ValueError if either sample is empty or bins < 2.
    """
    raise NotImplementedError("Write your solution here")


def psi_label(value: float) -> str:
    """'stable' below 0.1, 'moderate' from 0.1 to 0.25 inclusive, 'major' above 0.25."""
    raise NotImplementedError("Write your solution here")
