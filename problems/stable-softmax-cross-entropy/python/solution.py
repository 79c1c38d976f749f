from typing import List


def softmax(logits: List[float]) -> List[float]:
    """exp(x_i) / sum_j exp(x_j), without overflow for large logits. Raises ValueError if empty."""
    raise NotImplementedError("Write your solution here")


def log_softmax(logits: List[float]) -> List[float]:
    """x_i - log(sum_j exp(x_j)), computed with log-sum-exp. Raises ValueError if empty."""
    raise NotImplementedError("Write your solution here")


def cross_entropy(logits: List[float], target: int) -> float:
    """-log_softmax(logits)[target]. Raises ValueError if logits is empty or target is out of range."""
    raise NotImplementedError("Write your solution here")
