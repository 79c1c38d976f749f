# Wrong: uses the pooled standard error in the confidence interval instead of the unpooled one.
import math
from typing import Tuple

SQRT2 = math.sqrt(2.0)
SQRT_2PI = math.sqrt(2.0 * math.pi)


def normal_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / SQRT2)


_A = (-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.383577518672690e2, -3.066479806614716e1, 2.506628277459239e0)
_B = (-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1)
_C = (-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838e0, -2.549732539343734e0, 4.374664141464968e0, 2.938163982698783e0)
_D = (7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996e0, 3.754408661907416e0)
_P_LOW = 0.02425


def _poly(coefficients: Tuple[float, ...], x: float) -> float:
    result = 0.0
    for c in coefficients:
        result = result * x + c
    return result


def _acklam_lower(p: float) -> float:
    if p < _P_LOW:
        q = math.sqrt(-2.0 * math.log(p))
        return _poly(_C, q) / (_poly(_D, q) * q + 1.0)
    q = p - 0.5
    r = q * q
    return _poly(_A, r) * q / (_poly(_B, r) * r + 1.0)


def normal_inverse_cdf(p: float) -> float:
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must be strictly between 0 and 1, got {p}")
    if p == 0.5:
        return 0.0
    if p > 0.5:
        return -normal_inverse_cdf(1.0 - p)
    x = _acklam_lower(p)
    e = normal_cdf(x) - p
    u = e * SQRT_2PI * math.exp(x * x / 2.0)
    return x - u / (1.0 + x * u / 2.0)


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
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b))
    if se <= 0.0:
        raise ValueError("both rates are 0 or 1: the standard error is 0")
    critical = normal_inverse_cdf(1.0 - (1.0 - confidence) / 2.0)
    difference = p_b - p_a
    return difference - critical * se, difference + critical * se
