# Wrong: gives the negative item the same gradient sign as the positive one (-s * p_u instead of +s * p_u).
import math
from typing import List, Tuple

Vector = List[float]
Matrix = List[List[float]]


def log_sigmoid(x: float) -> float:
    """ln(1 / (1 + e^(-x))), finite for every finite x (about x for very negative x)."""
    if x >= 0:
        return -math.log1p(math.exp(-x))  # exp of a non-positive number: no overflow
    return x - math.log1p(math.exp(x))  # ln(e^x / (1 + e^x)); exp(x) < 1 here


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _dot(a: Vector, b: Vector) -> float:
    return sum(x * y for x, y in zip(a, b))


def bpr_triple(p_u: Vector, q_i: Vector, q_j: Vector, reg: float) -> Tuple[float, Vector, Vector, Vector]:
    """BPR loss of one (user, positive item, negative item) triple and its gradients w.r.t. p_u, q_i, q_j."""
    if not len(p_u) == len(q_i) == len(q_j):
        raise ValueError("the three vectors must have the same length")
    margin = _dot(p_u, q_i) - _dot(p_u, q_j)  # x_ui - x_uj
    penalty = 0.5 * reg * (_dot(p_u, p_u) + _dot(q_i, q_i) + _dot(q_j, q_j))
    loss = -log_sigmoid(margin) + penalty
    s = _sigmoid(-margin)  # -d(loss)/d(margin) = 1 - sigmoid(margin), computed without overflow
    grad_u = [-s * (a - b) + reg * p for a, b, p in zip(q_i, q_j, p_u)]
    grad_i = [-s * p + reg * q for p, q in zip(p_u, q_i)]
    grad_j = [-s * p + reg * q for p, q in zip(p_u, q_j)]
    return loss, grad_u, grad_i, grad_j


def bpr_sgd_epoch(
    P: Matrix, Q: Matrix, triples: List[Tuple[int, int, int]], lr: float, reg: float
) -> Tuple[Matrix, Matrix, float]:
    """One SGD pass over the triples in order; returns new (P, Q) and the mean loss before each update."""
    if not triples:
        raise ValueError("need at least one triple")
    P = [list(row) for row in P]  # copies: the inputs stay unchanged
    Q = [list(row) for row in Q]
    total = 0.0
    for u, i, j in triples:
        if i == j:
            raise ValueError("the positive and negative item of a triple must differ")
        loss, g_u, g_i, g_j = bpr_triple(P[u], Q[i], Q[j], reg)
        total += loss
        # All three gradients were computed from the values before this update.
        P[u] = [x - lr * g for x, g in zip(P[u], g_u)]
        Q[i] = [x - lr * g for x, g in zip(Q[i], g_i)]
        Q[j] = [x - lr * g for x, g in zip(Q[j], g_j)]
    return P, Q, total / len(triples)
