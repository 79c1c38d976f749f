from typing import Callable, Hashable, Optional, Sequence, Tuple

# (context, action, reward, propensity): the logging policy chose `action` in `context` with
# probability `propensity` and observed `reward`.
LoggedEvent = Tuple[Hashable, Hashable, float, float]
TargetPolicy = Callable[[Hashable, Hashable], float]


def ips_estimate(logs: Sequence[LoggedEvent], target_policy: TargetPolicy, clip: Optional[float] = None) -> float:
    """Inverse propensity scoring: the mean of w_i * r_i, with w_i = min(pi(a_i|x_i) / propensity_i, clip)."""
    raise NotImplementedError("Write your solution here")


def snips_estimate(logs: Sequence[LoggedEvent], target_policy: TargetPolicy, clip: Optional[float] = None) -> float:
    """Self-normalised IPS: sum of w_i * r_i divided by sum of w_i."""
    raise NotImplementedError("Write your solution here")


def effective_sample_size(logs: Sequence[LoggedEvent], target_policy: TargetPolicy, clip: Optional[float] = None) -> float:
    """(sum of w_i)^2 / sum of w_i^2."""
    raise NotImplementedError("Write your solution here")
