# Wrong: finds each draw by scanning the words from the start, O(V) per draw instead of a binary search over the cumulative weights.
import bisect
import math
import random
from collections import Counter
from typing import Dict, List, Optional, Tuple


def keep_probability(share: float, t: float) -> float:
    ratio = t / share
    return min(1.0, math.sqrt(ratio) + ratio)


def skip_gram_pairs(
    tokens: List[str],
    window: int,
    subsample_t: Optional[float] = None,
    rng: Optional[random.Random] = None,
) -> List[Tuple[str, str]]:
    kept = list(tokens)
    if subsample_t is not None:
        if rng is None:
            raise ValueError("subsampling needs an rng")
        counts = Counter(tokens)
        keep = {word: keep_probability(count / len(tokens), subsample_t) for word, count in counts.items()}
        kept = [word for word in tokens if rng.random() < keep[word]]
    pairs: List[Tuple[str, str]] = []
    n = len(kept)
    for i, center in enumerate(kept):
        for j in range(max(0, i - window), min(n, i + window + 1)):
            if j != i:
                pairs.append((center, kept[j]))
    return pairs


class NegativeSampler:
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
        self._cumulative: List[float] = []
        running = 0.0
        for x in weights:
            running += x
            self._cumulative.append(running)

    def probabilities(self) -> Dict[str, float]:
        return dict(self._probabilities)

    def sample(self, n: int, rng: random.Random) -> List[str]:
        draws = []
        for _ in range(n):
            u = rng.random() * self._total
            i = 0
            while i < len(self._cumulative) - 1 and self._cumulative[i] <= u:
                i += 1
            draws.append(self._words[i])
        return draws
