from typing import Tuple


def normal_cdf(x: float) -> float:
    """Standard normal CDF Phi(x)."""
    raise NotImplementedError("Write your solution here")


def normal_inverse_cdf(p: float) -> float:
    """The x with normal_cdf(x) == p, for 0 < p < 1; raise ValueError otherwise."""
    raise NotImplementedError("Write your solution here")


def two_proportion_z_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int) -> Tuple[float, float]:
    """Pooled two-proportion z-test of B against A: return (z, two-sided p-value); z > 0 when B converts better."""
    raise NotImplementedError("Write your solution here")


def difference_confidence_interval(
    conversions_a: int, n_a: int, conversions_b: int, n_b: int, confidence: float = 0.95
) -> Tuple[float, float]:
    """Wald interval (lower, upper) for p_b - p_a with the unpooled standard error."""
    raise NotImplementedError("Write your solution here")
