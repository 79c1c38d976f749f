# Wrong: guards the log with log(p + 1e-12), which caps the loss near 27.6 and biases every log-probability instead of using log-sum-exp.
import math
from typing import List

EPSILON = 1e-12


def softmax(logits: List[float]) -> List[float]:
    if not logits:
        raise ValueError("logits must not be empty")
    m = max(logits)
    exps = [math.exp(x - m) for x in logits]
    total = sum(exps)
    return [e / total for e in exps]


def log_softmax(logits: List[float]) -> List[float]:
    return [math.log(p + EPSILON) for p in softmax(logits)]


def cross_entropy(logits: List[float], target: int) -> float:
    if not 0 <= target < len(logits):
        raise ValueError("target out of range")
    return -math.log(softmax(logits)[target] + EPSILON)
