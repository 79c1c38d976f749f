# Wrong: scales reg by each user's or item's number of ratings (weighted-lambda), which is not the stated objective.
from typing import List, Optional, Tuple

Matrix = List[List[float]]
Ratings = List[List[Optional[float]]]


def _solve(A: Matrix, b: List[float]) -> List[float]:
    """Solve A x = b for a small square A by Gaussian elimination with partial pivoting."""
    k = len(b)
    M = [list(row) + [rhs] for row, rhs in zip(A, b)]  # augmented copy
    for col in range(k):
        pivot = max(range(col, k), key=lambda r: abs(M[r][col]))
        M[col], M[pivot] = M[pivot], M[col]
        for r in range(col + 1, k):
            f = M[r][col] / M[col][col]
            for c in range(col, k + 1):
                M[r][c] -= f * M[col][c]
    x = [0.0] * k
    for r in range(k - 1, -1, -1):
        x[r] = (M[r][k] - sum(M[r][c] * x[c] for c in range(r + 1, k))) / M[r][r]
    return x


def _ridge(pairs: List[Tuple[List[float], float]], k: int, reg: float) -> List[float]:
    """argmin_x sum (r - x . f)^2 + reg |x|^2 over the (factor f, rating r) pairs: (sum f f^T + reg I) x = sum r f."""
    A = [[reg if i == j else 0.0 for j in range(k)] for i in range(k)]
    b = [0.0] * k
    for f, r in pairs:
        for i in range(k):
            b[i] += r * f[i]
            for j in range(k):
                A[i][j] += f[i] * f[j]
    return _solve(A, b)


def _weighted_ridge(pairs: List[Tuple[List[float], float]], k: int, reg: float) -> List[float]:
    """Ridge with the penalty scaled by the number of ratings, so heavy users are not under-regularised."""
    return _ridge(pairs, k, reg * max(1, len(pairs)))


def mf_objective(ratings: Ratings, U: Matrix, V: Matrix, reg: float) -> float:
    """Sum over observed (u, i) of (r - U[u] . V[i])^2, plus reg * (sum |U[u]|^2 + sum |V[i]|^2)."""
    total = 0.0
    for u, row in enumerate(ratings):
        for i, r in enumerate(row):
            if r is not None:  # missing entries contribute nothing
                total += (r - sum(a * b for a, b in zip(U[u], V[i]))) ** 2
    total += reg * (sum(x * x for row in U for x in row) + sum(x * x for row in V for x in row))
    return total


def als(ratings: Ratings, V0: Matrix, reg: float, sweeps: int) -> Tuple[Matrix, Matrix, List[float]]:
    """ALS from the item factors V0: each sweep solves every user, then every item; returns (U, V, losses)."""
    n_items = len(V0)
    if not ratings or any(len(row) != n_items for row in ratings):
        raise ValueError("every row of ratings needs one entry per row of V0")
    if not V0 or not V0[0] or any(len(row) != len(V0[0]) for row in V0):
        raise ValueError("V0 needs at least one row, all of the same width k >= 1")
    if not reg > 0:
        raise ValueError("reg must be positive")
    if sweeps < 1:
        raise ValueError("sweeps must be at least 1")
    k = len(V0[0])
    V = [list(row) for row in V0]
    U: Matrix = []
    losses: List[float] = []
    for _ in range(sweeps):
        # Users given the current items, then items given the users just computed.
        U = [_weighted_ridge([(V[i], r) for i, r in enumerate(row) if r is not None], k, reg) for row in ratings]
        V = [
            _weighted_ridge([(U[u], row[i]) for u, row in enumerate(ratings) if row[i] is not None], k, reg)
            for i in range(n_items)
        ]
        losses.append(mf_objective(ratings, U, V, reg))
    return U, V, losses
