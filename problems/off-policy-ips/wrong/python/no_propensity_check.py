# Wrong: never checks the logging propensity, so a zero propensity crashes with a division error (or a negative one is used).
from typing import Callable, Hashable, List, Optional, Sequence, Tuple

# (context, action, reward, propensity): the logging policy chose `action` in `context` with
# probability `propensity` and observed `reward`.
LoggedEvent = Tuple[Hashable, Hashable, float, float]
TargetPolicy = Callable[[Hashable, Hashable], float]


def _weights(logs: Sequence[LoggedEvent], target_policy: TargetPolicy, clip: Optional[float]) -> List[float]:
    """Importance weights min(pi(a|x) / mu(a|x), clip), validating every event."""
    if len(logs) == 0:
        raise ValueError("no logged events")
    if clip is not None and not clip > 0:
        raise ValueError("clip must be > 0")
    weights = []
    for i, (context, action, _reward, propensity) in enumerate(logs):
        probability = target_policy(context, action)
        if not 0 <= probability <= 1:
            raise ValueError(f"event {i}: target probability {probability} is not in [0, 1]")
        weight = probability / propensity
        weights.append(weight if clip is None else min(weight, clip))
    return weights


def ips_estimate(logs: Sequence[LoggedEvent], target_policy: TargetPolicy, clip: Optional[float] = None) -> float:
    """(1/n) * sum of w_i * r_i."""
    weights = _weights(logs, target_policy, clip)
    return sum(w * event[2] for w, event in zip(weights, logs)) / len(logs)


def snips_estimate(logs: Sequence[LoggedEvent], target_policy: TargetPolicy, clip: Optional[float] = None) -> float:
    """sum of w_i * r_i divided by sum of w_i."""
    weights = _weights(logs, target_policy, clip)
    total_weight = sum(weights)
    if total_weight == 0:
        raise ValueError("every importance weight is 0: the target policy never takes a logged action")
    return sum(w * event[2] for w, event in zip(weights, logs)) / total_weight


def effective_sample_size(logs: Sequence[LoggedEvent], target_policy: TargetPolicy, clip: Optional[float] = None) -> float:
    """(sum of w_i)^2 / sum of w_i^2."""
    weights = _weights(logs, target_policy, clip)
    total_weight = sum(weights)
    if total_weight == 0:
        raise ValueError("every importance weight is 0: the target policy never takes a logged action")
    return total_weight * total_weight / sum(w * w for w in weights)
