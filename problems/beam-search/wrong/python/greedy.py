# Wrong: decodes greedily (always the single most likely next token), ignoring beam_width.
from typing import Callable, Dict, List, Tuple

NextLogProbs = Callable[[Tuple[int, ...]], Dict[int, float]]


def beam_search(
    next_log_probs: NextLogProbs,
    beam_width: int,
    max_length: int,
    end_token: int,
    alpha: float = 0.0,
) -> Tuple[List[int], float]:
    if beam_width < 1 or max_length < 1:
        raise ValueError("beam_width and max_length must be at least 1")
    tokens: List[int] = []
    score = 0.0
    while len(tokens) < max_length:
        options = next_log_probs(tuple(tokens))
        token = min(options, key=lambda t: (-options[t], t))
        tokens.append(token)
        score += options[token]
        if token == end_token:
            break
    return tokens, score / len(tokens) ** alpha
