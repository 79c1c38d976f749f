from typing import Callable, Dict, List, Tuple

NextLogProbs = Callable[[Tuple[int, ...]], Dict[int, float]]


def beam_search(
    next_log_probs: NextLogProbs,
    beam_width: int,
    max_length: int,
    end_token: int,
    alpha: float = 0.0,
) -> Tuple[List[int], float]:
    """The best hypothesis found by beam search and its length-normalised score.

    next_log_probs(prefix) maps every possible next token to its log-probability given the
    tokens generated so far (a tuple, empty at the start). Raises ValueError if beam_width
    or max_length is below 1.
    """
    raise NotImplementedError("Write your solution here")
