from typing import Dict, List, Tuple

Matrix = List[List[float]]
Vector = List[float]


def mlp_forward(X: Matrix, W1: Matrix, b1: Vector, W2: Matrix, b2: Vector) -> Matrix:
    """The logits relu(X W1 + b1) W2 + b2, one row of C numbers per example."""
    raise NotImplementedError("Write your solution here")


def mlp_forward_backward(
    X: Matrix, y: List[int], W1: Matrix, b1: Vector, W2: Matrix, b2: Vector
) -> Tuple[float, Dict[str, list]]:
    """Mean softmax cross-entropy over the batch and its gradients {"W1", "b1", "W2", "b2"}."""
    raise NotImplementedError("Write your solution here")
