import math
from typing import List


def sigmoid(z: float) -> float:
    """1 / (1 + e^(-z)), computed without overflow for any float z."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))  # exp of a non-positive number: at most 1
    e = math.exp(z)  # z < 0, so this cannot overflow
    return e / (1.0 + e)


class LogisticRegression:
    """Binary logistic regression trained with plain SGD and L2 on the weights (not the bias)."""

    weights: List[float]
    bias: float

    def __init__(self, learning_rate: float = 0.1, epochs: int = 10, l2: float = 0.0) -> None:
        self.learning_rate = learning_rate
        self.epochs = epochs
        self.l2 = l2
        self.weights = []
        self.bias = 0.0

    def _logit(self, x: List[float]) -> float:
        return sum(w * v for w, v in zip(self.weights, x)) + self.bias

    def fit(self, X: List[List[float]], y: List[int]) -> "LogisticRegression":
        """Train from zero weights and bias, one example at a time in the given order; return self."""
        d = len(X[0]) if X else 0
        self.weights = [0.0] * d
        self.bias = 0.0
        eta, l2 = self.learning_rate, self.l2
        for _ in range(self.epochs):
            for x, label in zip(X, y):
                g = sigmoid(self._logit(x)) - label  # d(log loss)/dz
                # Every weight is updated from its value before this step.
                self.weights = [w - eta * (g * v + l2 * w) for w, v in zip(self.weights, x)]
                self.bias -= eta * g  # the bias is not regularised
        return self

    def predict_proba(self, X: List[List[float]]) -> List[float]:
        """P(y = 1 | x) for every row of X."""
        return [sigmoid(self._logit(x)) for x in X]

    def predict(self, X: List[List[float]]) -> List[int]:
        """1 where the probability is at least 0.5, otherwise 0."""
        return [1 if p >= 0.5 else 0 for p in self.predict_proba(X)]
