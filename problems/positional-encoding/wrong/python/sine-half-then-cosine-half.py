# Wrong: puts all the sines in the first half of the row and all the cosines in the second half instead of interleaving them in (2i, 2i + 1) pairs.
import math
from typing import List


def positional_encoding(seq_len: int, d_model: int) -> List[List[float]]:
    half = (d_model + 1) // 2
    frequencies = [10000.0 ** (-2 * i / d_model) for i in range(half)]
    table = []
    for pos in range(seq_len):
        sines = [math.sin(pos * w) for w in frequencies]
        cosines = [math.cos(pos * w) for w in frequencies]
        table.append((sines + cosines)[:d_model])
    return table
