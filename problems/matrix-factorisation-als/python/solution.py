from typing import List, Optional, Tuple

Matrix = List[List[float]]
Ratings = List[List[Optional[float]]]


def mf_objective(ratings: Ratings, U: Matrix, V: Matrix, reg: float) -> float:
    """Sum over observed (u, i) of (r - U[u] . V[i])^2, plus reg * (sum |U[u]|^2 + sum |V[i]|^2)."""
    raise NotImplementedError("Write your solution here")


def als(ratings: Ratings, V0: Matrix, reg: float, sweeps: int) -> Tuple[Matrix, Matrix, List[float]]:
    """ALS from the item factors V0: each sweep solves every user, then every item; returns (U, V, losses)."""
    raise NotImplementedError("Write your solution here")
