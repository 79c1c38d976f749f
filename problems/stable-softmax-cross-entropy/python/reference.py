import math
from typing import List


def _log_sum_exp(logits: List[float]) -> float:
    """log(sum_j exp(x_j)), shifted by the max so no exponent is positive."""
    if not logits:
        raise ValueError("logits must not be empty")
    m = max(logits)
    # Every exp(x - m) is in (0, 1] and the max term is exactly 1, so the sum is in
    # [1, n]: it can neither overflow nor underflow to 0.
    return m + math.log(sum(math.exp(x - m) for x in logits))


def log_softmax(logits: List[float]) -> List[float]:
    """x_i - log(sum_j exp(x_j)), computed with log-sum-exp. Raises ValueError if empty."""
    lse = _log_sum_exp(logits)
    return [x - lse for x in logits]


def softmax(logits: List[float]) -> List[float]:
    """exp(x_i) / sum_j exp(x_j), without overflow for large logits. Raises ValueError if empty."""
    if not logits:
        raise ValueError("logits must not be empty")
    m = max(logits)
    exps = [math.exp(x - m) for x in logits]  # subtracting the max changes nothing but the scale
    total = sum(exps)
    return [e / total for e in exps]


def cross_entropy(logits: List[float], target: int) -> float:
    """-log_softmax(logits)[target]. Raises ValueError if logits is empty or target is out of range."""
    if not 0 <= target < len(logits):
        raise ValueError(f"target {target} is not a class index for {len(logits)} logits")
    # Only one entry of log_softmax is needed: x_t - logsumexp(x).
    return _log_sum_exp(logits) - logits[target]
