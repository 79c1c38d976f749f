from typing import Hashable, Sequence


def group_auc(user_ids: Sequence[Hashable], scores: Sequence[float], labels: Sequence[int]) -> float:
    """Impression-weighted mean of per-user ROC-AUC over users with both a positive and a negative.

    Raises ValueError if the lengths differ or no user has both classes.
    """
    raise NotImplementedError("Write your solution here")
