from typing import List, Tuple

Matrix = List[List[float]]
Vector = List[float]


def layer_norm_forward(x: Matrix, gamma: Vector, beta: Vector, eps: float = 1e-5) -> Matrix:
    """gamma * (x - mean) / sqrt(var + eps) + beta, with mean and var taken over each row."""
    raise NotImplementedError("Write your solution here")


def layer_norm_backward(dy: Matrix, x: Matrix, gamma: Vector, eps: float = 1e-5) -> Tuple[Matrix, Vector, Vector]:
    """(dx, dgamma, dbeta) given dy = dL/dy for y = layer_norm_forward(x, gamma, beta, eps)."""
    raise NotImplementedError("Write your solution here")
