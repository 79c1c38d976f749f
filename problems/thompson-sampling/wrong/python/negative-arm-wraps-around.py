# Wrong: only checks arm < n_arms, so a negative arm index silently updates an arm counted from the end instead of raising ValueError.
import random
from typing import List


def sample_beta(alpha: float, beta: float, rng: random.Random) -> float:
    """One draw from Beta(alpha, beta), alpha > 0 and beta > 0."""
    if alpha <= 0 or beta <= 0:
        raise ValueError(f"Beta parameters must be positive, got {alpha}, {beta}")
    # Beta(a, b) is X / (X + Y) with X ~ Gamma(a, 1) and Y ~ Gamma(b, 1) independent.
    # (rng.betavariate(alpha, beta) does exactly this and would be fine too.)
    x = rng.gammavariate(alpha, 1.0)
    y = rng.gammavariate(beta, 1.0)
    if x + y == 0.0:  # both underflowed (tiny shapes): fall back to the Bernoulli limit
        return 1.0 if rng.random() < alpha / (alpha + beta) else 0.0
    return x / (x + y)


class ThompsonSampler:
    """Beta-Bernoulli Thompson sampling over n_arms arms."""

    alphas: List[float]
    betas: List[float]

    def __init__(self, n_arms: int, prior_alpha: float = 1.0, prior_beta: float = 1.0) -> None:
        if n_arms < 1:
            raise ValueError("need at least one arm")
        if prior_alpha <= 0 or prior_beta <= 0:
            raise ValueError("prior parameters must be positive")
        # Posterior of arm i: Beta(alphas[i], betas[i]) = prior + successes / failures.
        self.alphas = [float(prior_alpha)] * n_arms
        self.betas = [float(prior_beta)] * n_arms

    def choose(self, rng: random.Random) -> int:
        """Sample a rate for every arm from its posterior and return the arm with the largest sample."""
        best_arm, best_sample = 0, -1.0
        for arm, (a, b) in enumerate(zip(self.alphas, self.betas)):
            sample = sample_beta(a, b, rng)
            if sample > best_sample:  # strictly larger: ties keep the lowest index
                best_arm, best_sample = arm, sample
        return best_arm

    def update(self, arm: int, reward: int) -> None:
        """Record a reward of 1 (success) or 0 (failure) for arm."""
        if arm >= len(self.alphas):
            raise ValueError(f"no arm {arm}")
        if reward == 1:
            self.alphas[arm] += 1.0
        elif reward == 0:
            self.betas[arm] += 1.0
        else:
            raise ValueError(f"reward must be 0 or 1, got {reward}")

    def posterior_means(self) -> List[float]:
        """alpha / (alpha + beta) for every arm."""
        return [a / (a + b) for a, b in zip(self.alphas, self.betas)]
