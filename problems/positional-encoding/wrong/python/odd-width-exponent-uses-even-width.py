# Wrong: divides the exponent by the even width d_model - d_model % 2 instead of the real d_model, so every frequency is off when the width is odd.
import math
from typing import List


def positional_encoding(seq_len: int, d_model: int) -> List[List[float]]:
    even_width = max(2, d_model - d_model % 2)
    table = []
    for pos in range(seq_len):
        row = []
        for j in range(d_model):
            angle = pos / 10000.0 ** ((j - j % 2) / even_width)
            row.append(math.sin(angle) if j % 2 == 0 else math.cos(angle))
        table.append(row)
    return table
