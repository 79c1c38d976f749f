import random
from typing import Dict, List, Optional, Tuple


def keep_probability(share: float, t: float) -> float:
    """word2vec subsampling: min(1, sqrt(t / share) + t / share) for a word making up `share` of the tokens."""
    raise NotImplementedError("Write your solution here")


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
    raise NotImplementedError("Write your solution here")


class NegativeSampler:
    """Draws words with probability proportional to count ** power."""

    def __init__(self, counts: Dict[str, int], power: float = 0.75) -> None:
        raise NotImplementedError("Write your solution here")

    def probabilities(self) -> Dict[str, float]:
        """The sampling distribution: count ** power normalised to sum to 1, one entry per word."""
        raise NotImplementedError("Write your solution here")

    def sample(self, n: int, rng: random.Random) -> List[str]:
        """n independent draws (with replacement) from the distribution."""
        raise NotImplementedError("Write your solution here")
