# Wrong: uses the column index j in the exponent (10000^(j / d_model)) instead of the pair's 2i, so a cosine column does not share its sine's frequency.
import math
from typing import List


def positional_encoding(seq_len: int, d_model: int) -> List[List[float]]:
    table = []
    for pos in range(seq_len):
        row = []
        for j in range(d_model):
            angle = pos / 10000.0 ** (j / d_model)
            row.append(math.sin(angle) if j % 2 == 0 else math.cos(angle))
        table.append(row)
    return table
