# Wrong: builds the ROC curve by recounting every example at each distinct threshold (trapezoids, so ties are right), which is O(n * distinct scores), quadratic when scores are mostly distinct.
from typing import List


def roc_auc(scores: List[float], labels: List[int]) -> float:
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    positives = sum(1 for y in labels if y == 1)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs both classes")
    area = 0.0
    previous_tpr = previous_fpr = 0.0
    for threshold in sorted(set(scores), reverse=True):
        tp = sum(1 for s, y in zip(scores, labels) if s >= threshold and y == 1)
        fp = sum(1 for s, y in zip(scores, labels) if s >= threshold and y == 0)
        tpr, fpr = tp / positives, fp / negatives
        area += (fpr - previous_fpr) * (tpr + previous_tpr) / 2
        previous_tpr, previous_fpr = tpr, fpr
    return area
