from typing import List


def roc_auc(scores: List[float], labels: List[int]) -> float:
    """Area under the ROC curve via the rank-sum (Mann-Whitney U) statistic; ties count 1/2.

    Raises ValueError if the lists differ in length or only one class is present.
    """
    if len(scores) != len(labels):
        raise ValueError(f"{len(scores)} scores but {len(labels)} labels")
    n = len(scores)
    positives = sum(1 for y in labels if y == 1)
    negatives = n - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs at least one positive and one negative label")

    # Indices ordered by score, lowest first (a new list: the inputs are not modified).
    order = sorted(range(n), key=lambda i: scores[i])

    # Walk runs of equal scores; every member of a run gets the average of the
    # 1-based ranks start+1 .. end, which is what makes a tie count one half.
    positive_rank_sum = 0.0
    start = 0
    while start < n:
        end = start
        while end < n and scores[order[end]] == scores[order[start]]:
            end += 1
        average_rank = (start + 1 + end) / 2.0
        positives_in_run = sum(1 for i in order[start:end] if labels[i] == 1)
        positive_rank_sum += positives_in_run * average_rank
        start = end

    # Subtracting the smallest possible rank sum 1 + 2 + ... + P leaves U, the number
    # of (positive, negative) pairs with the positive ranked higher (ties as 1/2).
    u = positive_rank_sum - positives * (positives + 1) / 2.0
    return u / (positives * negatives)
