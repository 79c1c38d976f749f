# Wrong: pairs scores with labels through zip, which silently drops the extra entries when the lists differ in length instead of raising.
from typing import List


def roc_auc(scores: List[float], labels: List[int]) -> float:
    examples = sorted(zip(scores, labels))
    positives = sum(1 for _, y in examples if y == 1)
    negatives = len(examples) - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs both classes")
    rank_sum = 0.0
    start = 0
    while start < len(examples):
        end = start
        while end < len(examples) and examples[end][0] == examples[start][0]:
            end += 1
        average_rank = (start + 1 + end) / 2
        rank_sum += average_rank * sum(1 for _, y in examples[start:end] if y == 1)
        start = end
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
