# Wrong: only checks target < len(logits), so a negative target silently indexes from the end instead of raising ValueError.
import math
from typing import List


def _log_sum_exp(logits: List[float]) -> float:
    if not logits:
        raise ValueError("logits must not be empty")
    m = max(logits)
    return m + math.log(sum(math.exp(x - m) for x in logits))


def softmax(logits: List[float]) -> List[float]:
    lse = _log_sum_exp(logits)
    return [math.exp(x - lse) for x in logits]


def log_softmax(logits: List[float]) -> List[float]:
    lse = _log_sum_exp(logits)
    return [x - lse for x in logits]


def cross_entropy(logits: List[float], target: int) -> float:
    if target >= len(logits):
        raise ValueError("target out of range")
    return _log_sum_exp(logits) - logits[target]
