# Wrong: weights each user by clicks (positives) instead of by impressions, as the statement asks.
from typing import Dict, Hashable, List, Optional, Sequence


def _user_auc(scores: List[float], labels: List[int]) -> Optional[float]:
    """ROC-AUC of one user's impressions by the rank sum, ties counting 1/2; None with one class only."""
    n = len(scores)
    positives = sum(labels)
    negatives = n - positives
    if positives == 0 or negatives == 0:
        return None
    order = sorted(range(n), key=lambda i: scores[i])
    positive_rank_sum = 0.0
    start = 0
    while start < n:
        end = start
        while end + 1 < n and scores[order[end + 1]] == scores[order[start]]:
            end += 1
        # Positions start..end (0-based) hold equal scores: each gets the mean 1-based rank.
        average_rank = (start + end) / 2 + 1
        positive_rank_sum += average_rank * sum(labels[order[k]] for k in range(start, end + 1))
        start = end + 1
    return (positive_rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def group_auc(user_ids: Sequence[Hashable], scores: Sequence[float], labels: Sequence[int]) -> float:
    """Impression-weighted mean of per-user ROC-AUC over users with both a positive and a negative."""
    if not len(user_ids) == len(scores) == len(labels):
        raise ValueError("user_ids, scores and labels must have the same length")
    user_scores: Dict[Hashable, List[float]] = {}
    user_labels: Dict[Hashable, List[int]] = {}
    for user, score, label in zip(user_ids, scores, labels):
        user_scores.setdefault(user, []).append(score)
        user_labels.setdefault(user, []).append(label)
    weighted_sum = 0.0
    total_weight = 0
    for user, their_scores in user_scores.items():
        auc = _user_auc(their_scores, user_labels[user])
        if auc is None:
            continue  # only clicks or only skips: this user's AUC is undefined
        weight = sum(user_labels[user])  # the number of clicks
        weighted_sum += weight * auc
        total_weight += weight
    if total_weight == 0:
        raise ValueError("no user has both a positive and a negative impression")
    return weighted_sum / total_weight
