# Wrong: averages the loss over the batch but not the gradients, so gradients are n times too large.
import math
from typing import Dict, List, Tuple

Matrix = List[List[float]]
Vector = List[float]


def _hidden(X: Matrix, W1: Matrix, b1: Vector) -> Matrix:
    """Pre-activations h = X W1 + b1, one row per example."""
    return [[b1[k] + sum(x[j] * W1[j][k] for j in range(len(x))) for k in range(len(b1))] for x in X]


def _logits(A: Matrix, W2: Matrix, b2: Vector) -> Matrix:
    """z = A W2 + b2, one row per example."""
    return [[b2[c] + sum(a[k] * W2[k][c] for k in range(len(a))) for c in range(len(b2))] for a in A]


def mlp_forward(X: Matrix, W1: Matrix, b1: Vector, W2: Matrix, b2: Vector) -> Matrix:
    """The logits relu(X W1 + b1) W2 + b2, one row of C numbers per example."""
    A = [[max(v, 0.0) for v in row] for row in _hidden(X, W1, b1)]
    return _logits(A, W2, b2)


def mlp_forward_backward(
    X: Matrix, y: List[int], W1: Matrix, b1: Vector, W2: Matrix, b2: Vector
) -> Tuple[float, Dict[str, list]]:
    """Mean softmax cross-entropy over the batch and its gradients {"W1", "b1", "W2", "b2"}."""
    n, C = len(X), len(b2)
    if n == 0 or len(y) != n:
        raise ValueError("need one label per example and at least one example")
    if any(not 0 <= t < C for t in y):
        raise ValueError(f"every label must be a class index in [0, {C})")
    d, H = len(W1), len(b1)

    # Forward, keeping what the backward pass needs.
    Hpre = _hidden(X, W1, b1)
    A = [[max(v, 0.0) for v in row] for row in Hpre]
    Z = _logits(A, W2, b2)

    loss = 0.0
    dZ: Matrix = []
    for z, t in zip(Z, y):
        m = max(z)  # log-sum-exp with the max shifted out: no overflow for large logits
        lse = m + math.log(sum(math.exp(v - m) for v in z))
        loss += lse - z[t]
        # d(CE)/dz = softmax(z) - onehot(t)
        dZ.append([math.exp(v - lse) - (1.0 if c == t else 0.0) for c, v in enumerate(z)])
    loss /= n

    dW2 = [[sum(A[r][k] * dZ[r][c] for r in range(n)) for c in range(C)] for k in range(H)]
    db2 = [sum(dZ[r][c] for r in range(n)) for c in range(C)]
    # Back through the second layer, then through the ReLU: its derivative is 1 where h > 0 and 0 where h <= 0.
    dHpre = [
        [sum(dZ[r][c] * W2[k][c] for c in range(C)) if Hpre[r][k] > 0 else 0.0 for k in range(H)]
        for r in range(n)
    ]
    dW1 = [[sum(X[r][j] * dHpre[r][k] for r in range(n)) for k in range(H)] for j in range(d)]
    db1 = [sum(dHpre[r][k] for r in range(n)) for k in range(H)]
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
