from typing import List


def roc_auc(scores: List[float], labels: List[int]) -> float:
    """Area under the ROC curve via the rank-sum (Mann-Whitney U) statistic; ties count 1/2.

    Raises ValueError if the lists differ in length or only one class is present.
    """
    raise NotImplementedError("Write your solution here")
