# Wrong: uses the textbook exp(x) / sum(exp(x)) without subtracting the max, so logits above about 709 overflow.
import math
from typing import List


def softmax(logits: List[float]) -> List[float]:
    if not logits:
        raise ValueError("logits must not be empty")
    exps = [math.exp(x) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def log_softmax(logits: List[float]) -> List[float]:
    if not logits:
        raise ValueError("logits must not be empty")
    log_total = math.log(sum(math.exp(x) for x in logits))
    return [x - log_total for x in logits]


def cross_entropy(logits: List[float], target: int) -> float:
    if not 0 <= target < len(logits):
        raise ValueError("target out of range")
    return -log_softmax(logits)[target]
