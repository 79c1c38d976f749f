# Wrong: normalises each feature over the batch (batch norm) instead of each row over its features.
import math
from typing import List, Tuple

Matrix = List[List[float]]
Vector = List[float]


def _check(x: Matrix, gamma: Vector, eps: float) -> None:
    d = len(gamma)
    if not x or d == 0 or any(len(row) != d for row in x):
        raise ValueError("x needs at least one row, and every row must have len(gamma) >= 1 entries")
    if not eps > 0:
        raise ValueError("eps must be positive")


def _normalise_column(col: Vector, eps: float) -> Tuple[Vector, float]:
    """(x_hat, sigma) for one feature across the batch."""
    n = len(col)
    mu = sum(col) / n
    var = sum((v - mu) ** 2 for v in col) / n
    sigma = math.sqrt(var + eps)
    return [(v - mu) / sigma for v in col], sigma


def layer_norm_forward(x: Matrix, gamma: Vector, beta: Vector, eps: float = 1e-5) -> Matrix:
    """gamma * (x - mean) / sqrt(var + eps) + beta."""
    _check(x, gamma, eps)
    if len(beta) != len(gamma):
        raise ValueError("gamma and beta must have the same length")
    out = [[0.0] * len(gamma) for _ in x]
    for j in range(len(gamma)):
        x_hat, _ = _normalise_column([row[j] for row in x], eps)
        for i, v in enumerate(x_hat):
            out[i][j] = gamma[j] * v + beta[j]
    return out


def layer_norm_backward(dy: Matrix, x: Matrix, gamma: Vector, eps: float = 1e-5) -> Tuple[Matrix, Vector, Vector]:
    """(dx, dgamma, dbeta) given dy = dL/dy for y = layer_norm_forward(x, gamma, beta, eps)."""
    _check(x, gamma, eps)
    if len(dy) != len(x) or any(len(row) != len(gamma) for row in dy):
        raise ValueError("dy must have the shape of x")
    n, d = len(x), len(gamma)
    dx = [[0.0] * d for _ in x]
    dgamma = [0.0] * d
    dbeta = [0.0] * d
    for j in range(d):
        x_hat, sigma = _normalise_column([row[j] for row in x], eps)
        dcol = [row[j] for row in dy]
        dgamma[j] = sum(a * b for a, b in zip(dcol, x_hat))
        dbeta[j] = sum(dcol)
        g = [v * gamma[j] for v in dcol]
        mean_g = sum(g) / n
        mean_gx = sum(a * b for a, b in zip(g, x_hat)) / n
        for i in range(n):
            dx[i][j] = (g[i] - mean_g - x_hat[i] * mean_gx) / sigma
    return dx, dgamma, dbeta
