from typing import List


def positional_encoding(seq_len: int, d_model: int) -> List[List[float]]:
    """seq_len rows of d_model values: sin(pos * w_i) in column 2i, cos(pos * w_i) in column 2i + 1,
    with w_i = 1 / 10000^(2i / d_model)."""
    raise NotImplementedError("Write your solution here")
