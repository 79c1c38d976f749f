# Wrong: backward treats the mean as a constant, dropping the mean(g) term.
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


def _normalise_row(row: Vector, eps: float) -> Tuple[Vector, float]:
    """(x_hat, sigma) for one row: mean 0, biased variance, eps inside the square root."""
    d = len(row)
    mu = sum(row) / d
    var = sum((v - mu) ** 2 for v in row) / d  # divide by d, not d - 1
    sigma = math.sqrt(var + eps)
    return [(v - mu) / sigma for v in row], sigma


def layer_norm_forward(x: Matrix, gamma: Vector, beta: Vector, eps: float = 1e-5) -> Matrix:
    """gamma * (x - mean) / sqrt(var + eps) + beta, with mean and var taken over each row."""
    _check(x, gamma, eps)
    if len(beta) != len(gamma):
        raise ValueError("gamma and beta must have the same length")
    out = []
    for row in x:
        x_hat, _ = _normalise_row(row, eps)
        out.append([g * v + b for g, v, b in zip(gamma, x_hat, beta)])
    return out


def layer_norm_backward(dy: Matrix, x: Matrix, gamma: Vector, eps: float = 1e-5) -> Tuple[Matrix, Vector, Vector]:
    """(dx, dgamma, dbeta) given dy = dL/dy for y = layer_norm_forward(x, gamma, beta, eps)."""
    _check(x, gamma, eps)
    if len(dy) != len(x) or any(len(row) != len(gamma) for row in dy):
        raise ValueError("dy must have the shape of x")
    d = len(gamma)
    dx: Matrix = []
    dgamma = [0.0] * d
    dbeta = [0.0] * d
    for row, drow in zip(x, dy):
        x_hat, sigma = _normalise_row(row, eps)
        for j in range(d):
            dgamma[j] += drow[j] * x_hat[j]
            dbeta[j] += drow[j]
        g = [dv * gj for dv, gj in zip(drow, gamma)]  # dL/dx_hat
        mean_gx = sum(gv * xv for gv, xv in zip(g, x_hat)) / d
        # The variance depends on every x_j, so subtract its path.
        dx.append([(gv - xv * mean_gx) / sigma for gv, xv in zip(g, x_hat)])
    return dx, dgamma, dbeta
