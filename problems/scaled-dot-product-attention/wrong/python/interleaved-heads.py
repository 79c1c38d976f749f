# Wrong: gives head h the strided columns h, h + num_heads, ... instead of a contiguous block.
import math
from typing import List, Optional

Matrix = List[List[float]]
Mask = List[List[bool]]


def causal_mask(n: int) -> Mask:
    """n x n mask with mask[i][j] True exactly when j <= i (a position sees itself and the past)."""
    return [[j <= i for j in range(n)] for i in range(n)]


def _check_shapes(Q: Matrix, K: Matrix, mask: Optional[Mask]) -> None:
    if not Q or not K:
        raise ValueError("Q and K need at least one row")
    d_k = len(Q[0])
    if d_k == 0 or any(len(row) != d_k for row in Q) or any(len(row) != d_k for row in K):
        raise ValueError("every row of Q and K must have the same width d_k >= 1")
    if mask is not None and (len(mask) != len(Q) or any(len(row) != len(K) for row in mask)):
        raise ValueError("mask must be len(Q) x len(K)")


def attention_weights(Q: Matrix, K: Matrix, mask: Optional[Mask] = None) -> Matrix:
    """softmax(Q K^T / sqrt(d_k)) row by row; masked-out keys get weight 0; a fully masked row is all 0."""
    _check_shapes(Q, K, mask)
    scale = 1.0 / math.sqrt(len(Q[0]))
    weights: Matrix = []
    for i, q in enumerate(Q):
        # Scores of the visible keys only: a masked key behaves as if its score were -infinity.
        scores = [
            sum(a * b for a, b in zip(q, k)) * scale if mask is None or mask[i][j] else None
            for j, k in enumerate(K)
        ]
        visible = [s for s in scores if s is not None]
        if not visible:
            weights.append([0.0] * len(K))  # nothing to attend to: defined as all zeros
            continue
        m = max(visible)  # subtract the largest visible score so no exp overflows
        exps = [math.exp(s - m) if s is not None else 0.0 for s in scores]
        total = sum(exps)  # at least 1: the largest term is exp(0)
        weights.append([e / total for e in exps])
    return weights


def scaled_dot_product_attention(Q: Matrix, K: Matrix, V: Matrix, mask: Optional[Mask] = None) -> Matrix:
    """attention_weights(Q, K, mask) times V: one output row of width d_v per query."""
    if len(V) != len(K) or not V[0] or any(len(row) != len(V[0]) for row in V):
        raise ValueError("V must have one row per key, all of the same width d_v >= 1")
    weights = attention_weights(Q, K, mask)
    d_v = len(V[0])
    return [[sum(w * V[j][c] for j, w in enumerate(row)) for c in range(d_v)] for row in weights]


def multi_head_attention(Q: Matrix, K: Matrix, V: Matrix, num_heads: int, mask: Optional[Mask] = None) -> Matrix:
    """Split the columns of Q, K and V into num_heads contiguous blocks, attend per head, concatenate."""
    if num_heads < 1:
        raise ValueError("num_heads must be at least 1")
    if not Q or not K or not V or not Q[0] or not V[0]:
        raise ValueError("Q, K and V need at least one row and one column")
    d_model, d_v = len(Q[0]), len(V[0])
    if any(len(row) != d_model for row in Q + K) or any(len(row) != d_v for row in V):
        raise ValueError("Q and K rows must all have width d_model, V rows width d_v")
    if d_model % num_heads or d_v % num_heads:
        raise ValueError("num_heads must divide the widths of Q, K and V")
    hk, hv = d_model // num_heads, d_v // num_heads
    out: Matrix = [[] for _ in Q]
    for h in range(num_heads):
        # Head h takes every num_heads-th column, starting at column h.
        q_h = [row[h::num_heads] for row in Q]
        k_h = [row[h::num_heads] for row in K]
        v_h = [row[h::num_heads] for row in V]
        for row, head_row in zip(out, scaled_dot_product_attention(q_h, k_h, v_h, mask)):
            row.extend(head_row)
    return out
