import bisect
import math
import random
from collections import Counter
from typing import Dict, List, Optional, Tuple


def keep_probability(share: float, t: float) -> float:
    """word2vec subsampling: min(1, sqrt(t / share) + t / share) for a word making up `share` of the tokens."""
    ratio = t / share
    return min(1.0, math.sqrt(ratio) + ratio)


def skip_gram_pairs(
    tokens: List[str],
    window: int,
    subsample_t: Optional[float] = None,
    rng: Optional[random.Random] = None,
) -> List[Tuple[str, str]]:
    """(center, context) pairs within `window` positions, centers in order and contexts left to right.

    With subsample_t set, first keep each token iff rng.random() < keep_probability(its share, subsample_t),
    one draw per token in order, then build the pairs from the kept tokens.
    """
    kept = list(tokens)  # a copy: the caller's list is never modified
    if subsample_t is not None:
        if rng is None:
            raise ValueError("subsampling needs an rng")
        counts = Counter(tokens)
        total = len(tokens)
        # One probability per distinct word, computed from its share of the ORIGINAL list.
        keep = {word: keep_probability(count / total, subsample_t) for word, count in counts.items()}
        # Exactly one draw per token, in order, even when the keep probability is 1.
        kept = [word for word in tokens if rng.random() < keep[word]]

    pairs: List[Tuple[str, str]] = []
    n = len(kept)
    for i, center in enumerate(kept):
        # Clip the window at both ends; contexts left to right, skipping the center itself.
        for j in range(max(0, i - window), min(n, i + window + 1)):
            if j != i:
                pairs.append((center, kept[j]))
    return pairs


class NegativeSampler:
    """Draws words with probability proportional to count ** power."""

    def __init__(self, counts: Dict[str, int], power: float = 0.75) -> None:
        if not counts:
            raise ValueError("need at least one word")
        if any(c < 0 for c in counts.values()):
            raise ValueError("counts must be non-negative")
        self._words = list(counts)
        weights = [counts[w] ** power if counts[w] > 0 else 0.0 for w in self._words]
        self._total = sum(weights)
        if self._total <= 0:
            raise ValueError("at least one count must be positive")
        self._probabilities = {w: x / self._total for w, x in zip(self._words, weights)}
        # Cumulative sums: word i owns the interval [cumulative[i-1], cumulative[i]).
        self._cumulative: List[float] = []
        running = 0.0
        for x in weights:
            running += x
            self._cumulative.append(running)
        # Index of the last word with positive weight, a guard against float rounding at the top end.
        self._last = max(i for i, x in enumerate(weights) if x > 0)

    def probabilities(self) -> Dict[str, float]:
        """The sampling distribution: count ** power normalised to sum to 1, one entry per word."""
        return dict(self._probabilities)

    def sample(self, n: int, rng: random.Random) -> List[str]:
        """n independent draws (with replacement) from the distribution."""
        draws = []
        for _ in range(n):
            u = rng.random() * self._total
            # First interval whose right end is > u; zero-width intervals (count 0) are skipped.
            i = bisect.bisect_right(self._cumulative, u)
            draws.append(self._words[min(i, self._last)])
        return draws
