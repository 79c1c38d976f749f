from typing import List


def sigmoid(z: float) -> float:
    """1 / (1 + e^(-z)), computed without overflow for any float z."""
    raise NotImplementedError("Write your solution here")


class LogisticRegression:
    """Binary logistic regression trained with plain SGD and L2 on the weights (not the bias)."""

    weights: List[float]
    bias: float

    def __init__(self, learning_rate: float = 0.1, epochs: int = 10, l2: float = 0.0) -> None:
        raise NotImplementedError("Write your solution here")

    def fit(self, X: List[List[float]], y: List[int]) -> "LogisticRegression":
        """Train from zero weights and bias, one example at a time in the given order; return self."""
        raise NotImplementedError("Write your solution here")

    def predict_proba(self, X: List[List[float]]) -> List[float]:
        """P(y = 1 | x) for every row of X."""
        raise NotImplementedError("Write your solution here")

    def predict(self, X: List[List[float]]) -> List[int]:
        """1 where the probability is at least 0.5, otherwise 0."""
        raise NotImplementedError("Write your solution here")
