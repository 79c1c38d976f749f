# Wrong: IPS averages over the events the target policy could take (weight > 0) instead of over all n events.
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
        if not 0 < propensity <= 1:
            raise ValueError(
                f"event {i}: logging propensity {propensity} is not in (0, 1]; an action the logging "
                "policy could not take tells nothing about it, and 1 / 0 has no value"
            )
        probability = target_policy(context, action)
        if not 0 <= probability <= 1:
            raise ValueError(f"event {i}: target probability {probability} is not in [0, 1]")
        weight = probability / propensity
        weights.append(weight if clip is None else min(weight, clip))
    return weights


def ips_estimate(logs: Sequence[LoggedEvent], target_policy: TargetPolicy, clip: Optional[float] = None) -> float:
    """(1/n) * sum of w_i * r_i."""
    weights = _weights(logs, target_policy, clip)
    matched = sum(1 for w in weights if w > 0)
    if matched == 0:
        return 0.0
    return sum(w * event[2] for w, event in zip(weights, logs)) / matched


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
