# Wrong: compares every (positive, negative) pair, which is right but O(P * N) instead of O(n log n).
from typing import List


def roc_auc(scores: List[float], labels: List[int]) -> float:
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    positives = [s for s, y in zip(scores, labels) if y == 1]
    negatives = [s for s, y in zip(scores, labels) if y == 0]
    if not positives or not negatives:
        raise ValueError("AUC needs both classes")
    wins = 0.0
    for p in positives:
        for q in negatives:
            if p > q:
                wins += 1.0
            elif p == q:
                wins += 0.5
    return wins / (len(positives) * len(negatives))
