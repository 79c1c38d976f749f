# Wrong: ranks examples by their position after sorting, so tied scores get different ranks instead of their average and a tie does not count one half.
from typing import List


def roc_auc(scores: List[float], labels: List[int]) -> float:
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    positives = sum(1 for y in labels if y == 1)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs both classes")
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank_sum = sum(rank for rank, i in enumerate(order, start=1) if labels[i] == 1)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
