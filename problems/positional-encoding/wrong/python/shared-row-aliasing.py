# Wrong: builds the table as [[0.0] * d_model] * seq_len, so every row is the same list object and all rows end up holding the last position.
import math
from typing import List


def positional_encoding(seq_len: int, d_model: int) -> List[List[float]]:
    table = [[0.0] * d_model] * seq_len
    for pos in range(seq_len):
        for j in range(d_model):
            angle = pos / 10000.0 ** ((j - j % 2) / d_model)
            table[pos][j] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    return table
