from typing import List, Tuple

Vector = List[float]
Matrix = List[List[float]]


def log_sigmoid(x: float) -> float:
    """ln(1 / (1 + e^(-x))), finite for every finite x (about x for very negative x)."""
    raise NotImplementedError("Write your solution here")


def bpr_triple(p_u: Vector, q_i: Vector, q_j: Vector, reg: float) -> Tuple[float, Vector, Vector, Vector]:
    """BPR loss of one (user, positive item, negative item) triple and its gradients w.r.t. p_u, q_i, q_j."""
    raise NotImplementedError("Write your solution here")


def bpr_sgd_epoch(
    P: Matrix, Q: Matrix, triples: List[Tuple[int, int, int]], lr: float, reg: float
) -> Tuple[Matrix, Matrix, float]:
    """One SGD pass over the triples in order; returns new (P, Q) and the mean loss before each update."""
    raise NotImplementedError("Write your solution here")
