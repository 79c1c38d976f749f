# Wrong: keeps only hypotheses that have not ended, so a short sequence that finished early is lost.
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
    beams: List[Tuple[Tuple[int, ...], float]] = [((), 0.0)]
    for _ in range(max_length):
        candidates = []
        for prefix, score in beams:
            if prefix and prefix[-1] == end_token:
                candidates.append((prefix, score))  # already done: carry it along unchanged
                continue
            for token, log_prob in next_log_probs(prefix).items():
                candidates.append((prefix + (token,), score + log_prob))
        candidates.sort(key=lambda c: (-c[1], c[0]))
        # Prefer hypotheses that can still grow; finished ones only fill leftover slots.
        growing = [c for c in candidates if c[0][-1] != end_token]
        done = [c for c in candidates if c[0][-1] == end_token]
        beams = (growing + done)[:beam_width]

    def normalised(hypothesis: Tuple[Tuple[int, ...], float]) -> float:
        return hypothesis[1] / len(hypothesis[0]) ** alpha

    best_tokens, best_score = min(beams, key=lambda h: (-normalised(h), h[0]))
    return list(best_tokens), normalised((best_tokens, best_score))
