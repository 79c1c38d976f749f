# Wrong: loops over the d_model // 2 (sin, cos) pairs, so an odd width loses its last column, the lone sine.
import math
from typing import List


def positional_encoding(seq_len: int, d_model: int) -> List[List[float]]:
    table = []
    for pos in range(seq_len):
        row = []
        for i in range(d_model // 2):
            angle = pos / 10000.0 ** (2 * i / d_model)
            row.extend([math.sin(angle), math.cos(angle)])
        table.append(row)
    return table
