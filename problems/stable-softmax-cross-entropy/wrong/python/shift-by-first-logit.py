# Wrong: subtracts the first logit instead of the largest, which is shift-invariant but still overflows when a later logit is more than about 709 above the first.
import math
from typing import List


def _log_sum_exp(logits: List[float]) -> float:
    if not logits:
        raise ValueError("logits must not be empty")
    shift = logits[0]
    return shift + math.log(sum(math.exp(x - shift) for x in logits))


def softmax(logits: List[float]) -> List[float]:
    lse = _log_sum_exp(logits)
    return [math.exp(x - lse) for x in logits]


def log_softmax(logits: List[float]) -> List[float]:
    lse = _log_sum_exp(logits)
    return [x - lse for x in logits]


def cross_entropy(logits: List[float], target: int) -> float:
    if not 0 <= target < len(logits):
        raise ValueError("target out of range")
    return _log_sum_exp(logits) - logits[target]
