from typing import List, Optional

Matrix = List[List[float]]
Mask = List[List[bool]]


def causal_mask(n: int) -> Mask:
    """n x n mask with mask[i][j] True exactly when j <= i (a position sees itself and the past)."""
    raise NotImplementedError("Write your solution here")


def attention_weights(Q: Matrix, K: Matrix, mask: Optional[Mask] = None) -> Matrix:
    """softmax(Q K^T / sqrt(d_k)) row by row; masked-out keys get weight 0; a fully masked row is all 0."""
    raise NotImplementedError("Write your solution here")


def scaled_dot_product_attention(Q: Matrix, K: Matrix, V: Matrix, mask: Optional[Mask] = None) -> Matrix:
    """attention_weights(Q, K, mask) times V: one output row of width d_v per query."""
    raise NotImplementedError("Write your solution here")


def multi_head_attention(Q: Matrix, K: Matrix, V: Matrix, num_heads: int, mask: Optional[Mask] = None) -> Matrix:
    """Split the columns of Q, K and V into num_heads contiguous blocks, attend per head, concatenate."""
    raise NotImplementedError("Write your solution here")
