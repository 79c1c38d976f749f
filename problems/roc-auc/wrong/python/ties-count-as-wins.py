# Wrong: sorts by (score, label), so within a tie every negative ranks below every positive and a tied pair counts as a full win instead of one half.
from typing import List


def roc_auc(scores: List[float], labels: List[int]) -> float:
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    pairs = sorted(zip(scores, labels))
    positives = sum(y for _, y in pairs)
    negatives = len(pairs) - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs both classes")
    # Walk from the lowest score up, counting the negatives already passed.
    wins = 0
    negatives_below = 0
    for _, y in pairs:
        if y == 1:
            wins += negatives_below
        else:
            negatives_below += 1
    return wins / (positives * negatives)
