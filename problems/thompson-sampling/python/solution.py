import random
from typing import List


def sample_beta(alpha: float, beta: float, rng: random.Random) -> float:
    """One draw from Beta(alpha, beta), alpha > 0 and beta > 0."""
    raise NotImplementedError("Write your solution here")


class ThompsonSampler:
    """Beta-Bernoulli Thompson sampling over n_arms arms."""

    alphas: List[float]
    betas: List[float]

    def __init__(self, n_arms: int, prior_alpha: float = 1.0, prior_beta: float = 1.0) -> None:
        raise NotImplementedError("Write your solution here")

    def choose(self, rng: random.Random) -> int:
        """Sample a rate for every arm from its posterior and return the arm with the largest sample."""
        raise NotImplementedError("Write your solution here")

    def update(self, arm: int, reward: int) -> None:
        """Record a reward of 1 (success) or 0 (failure) for arm."""
        raise NotImplementedError("Write your solution here")

    def posterior_means(self) -> List[float]:
        """alpha / (alpha + beta) for every arm."""
        raise NotImplementedError("Write your solution here")
