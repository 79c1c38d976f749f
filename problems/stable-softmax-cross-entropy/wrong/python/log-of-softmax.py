# Wrong: takes the log of the (stable) softmax, so a probability that rounds to 0 gives log(0) instead of a large finite log-probability.
import math
from typing import List


def softmax(logits: List[float]) -> List[float]:
    if not logits:
        raise ValueError("logits must not be empty")
    m = max(logits)
    exps = [math.exp(x - m) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def log_softmax(logits: List[float]) -> List[float]:
    return [math.log(p) for p in softmax(logits)]


def cross_entropy(logits: List[float], target: int) -> float:
    if not 0 <= target < len(logits):
        raise ValueError("target out of range")
    return -math.log(softmax(logits)[target])
