# Wrong: inverts the CDF by bisection that stops once the interval is 1e-6 wide, far short of the required 1e-8.
import math
from typing import Tuple

SQRT2 = math.sqrt(2.0)


def normal_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / SQRT2)


def normal_inverse_cdf(p: float) -> float:
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must be strictly between 0 and 1, got {p}")
    lo, hi = -40.0, 40.0
    while hi - lo > 1e-6:
        mid = (lo + hi) / 2.0
        if normal_cdf(mid) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


def _check_counts(conversions: int, n: int, group: str) -> None:
    if n <= 0:
        raise ValueError(f"n_{group} must be positive, got {n}")
    if not 0 <= conversions <= n:
        raise ValueError(f"conversions_{group} must be in [0, {n}], got {conversions}")


def two_proportion_z_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int) -> Tuple[float, float]:
    _check_counts(conversions_a, n_a, "a")
    _check_counts(conversions_b, n_b, "b")
    p_a = conversions_a / n_a
    p_b = conversions_b / n_b
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    variance = pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b)
    if variance <= 0.0:
        raise ValueError("the pooled rate is 0 or 1: the z statistic is undefined")
    z = (p_b - p_a) / math.sqrt(variance)
    return z, math.erfc(abs(z) / SQRT2)


def difference_confidence_interval(
    conversions_a: int, n_a: int, conversions_b: int, n_b: int, confidence: float = 0.95
) -> Tuple[float, float]:
    _check_counts(conversions_a, n_a, "a")
    _check_counts(conversions_b, n_b, "b")
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be strictly between 0 and 1, got {confidence}")
    p_a = conversions_a / n_a
    p_b = conversions_b / n_b
    se = math.sqrt(p_a * (1.0 - p_a) / n_a + p_b * (1.0 - p_b) / n_b)
    if se <= 0.0:
        raise ValueError("both rates are 0 or 1: the standard error is 0")
    critical = normal_inverse_cdf(1.0 - (1.0 - confidence) / 2.0)
    difference = p_b - p_a
    return difference - critical * se, difference + critical * se
