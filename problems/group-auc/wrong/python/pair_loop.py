# Wrong: compares every (positive, negative) pair of a user, O(pos * neg) - too slow for a user with many impressions.
from typing import Dict, Hashable, List, Sequence, Tuple


def group_auc(user_ids: Sequence[Hashable], scores: Sequence[float], labels: Sequence[int]) -> float:
    if not len(user_ids) == len(scores) == len(labels):
        raise ValueError("user_ids, scores and labels must have the same length")
    impressions: Dict[Hashable, List[Tuple[float, int]]] = {}
    for user, score, label in zip(user_ids, scores, labels):
        impressions.setdefault(user, []).append((score, label))
    weighted_sum = 0.0
    total_weight = 0
    for rows in impressions.values():
        positives = [s for s, y in rows if y == 1]
        negatives = [s for s, y in rows if y == 0]
        if not positives or not negatives:
            continue
        wins = 0.0
        for p in positives:
            for q in negatives:
                if p > q:
                    wins += 1.0
                elif p == q:
                    wins += 0.5
        weighted_sum += len(rows) * wins / (len(positives) * len(negatives))
        total_weight += len(rows)
    if total_weight == 0:
        raise ValueError("no user has both a positive and a negative impression")
    return weighted_sum / total_weight
