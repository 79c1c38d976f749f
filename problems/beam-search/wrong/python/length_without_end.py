# Wrong: normalises by the number of tokens before the end token, so the end token does not count in L.
from typing import Callable, Dict, List, Tuple

NextLogProbs = Callable[[Tuple[int, ...]], Dict[int, float]]


def beam_search(
    next_log_probs: NextLogProbs,
    beam_width: int,
    max_length: int,
    end_token: int,
    alpha: float = 0.0,
) -> Tuple[List[int], float]:
    """The best hypothesis found by beam search and its length-normalised score."""
    if beam_width < 1 or max_length < 1:
        raise ValueError("beam_width and max_length must be at least 1")
    beams: List[Tuple[Tuple[int, ...], float]] = [((), 0.0)]
    finished: List[Tuple[Tuple[int, ...], float]] = []
    for _ in range(max_length):
        candidates = []
        for prefix, score in beams:
            for token, log_prob in next_log_probs(prefix).items():
                candidates.append((prefix + (token,), score + log_prob))
        # Best raw score first; equal scores keep the lexicographically smaller sequence.
        candidates.sort(key=lambda c: (-c[1], c[0]))
        beams = []
        for tokens, score in candidates[:beam_width]:
            # A hypothesis that emitted the end token is done: keep it, never extend it.
            (finished if tokens[-1] == end_token else beams).append((tokens, score))
        if not beams:
            break
    finished.extend(beams)  # hypotheses cut off at max_length compete too

    def normalised(hypothesis: Tuple[Tuple[int, ...], float]) -> float:
        tokens, score = hypothesis
        length = len(tokens) - (1 if tokens[-1] == end_token else 0)
        return score / max(1, length) ** alpha

    best_tokens, best_score = min(finished, key=lambda h: (-normalised(h), h[0]))
    return list(best_tokens), normalised((best_tokens, best_score))
