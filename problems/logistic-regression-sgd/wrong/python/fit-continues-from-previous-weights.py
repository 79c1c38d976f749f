# Wrong: creates the zero weights only on the first fit, so fitting again continues from the previous model instead of starting from zero.
import math
from typing import List


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class LogisticRegression:
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
        if not self.weights:
            self.weights = [0.0] * (len(X[0]) if X else 0)
        eta, l2 = self.learning_rate, self.l2
        for _ in range(self.epochs):
            for x, label in zip(X, y):
                g = sigmoid(self._logit(x)) - label
                self.weights = [w - eta * (g * v + l2 * w) for w, v in zip(self.weights, x)]
                self.bias -= eta * g
        return self

    def predict_proba(self, X: List[List[float]]) -> List[float]:
        return [sigmoid(self._logit(x)) for x in X]

    def predict(self, X: List[List[float]]) -> List[int]:
        return [1 if p >= 0.5 else 0 for p in self.predict_proba(X)]
