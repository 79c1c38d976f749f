import math
from typing import List


def positional_encoding(seq_len: int, d_model: int) -> List[List[float]]:
    """seq_len rows of d_model values: sin(pos * w_i) in column 2i, cos(pos * w_i) in column 2i + 1,
    with w_i = 1 / 10000^(2i / d_model)."""
    # Frequency of every column: columns 2i and 2i + 1 share w_i = 10000^(-2i / d_model).
    # (j - j % 2) is 2i for both columns of the pair; an odd d_model leaves a lone sine at the end.
    frequencies = [10000.0 ** (-(j - j % 2) / d_model) for j in range(d_model)]

    table = []
    for pos in range(seq_len):
        row = [
            math.sin(pos * w) if j % 2 == 0 else math.cos(pos * w)
            for j, w in enumerate(frequencies)
        ]
        table.append(row)
    return table
