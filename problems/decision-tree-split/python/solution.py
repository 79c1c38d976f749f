from typing import Hashable, List, Optional, Sequence, Tuple


def impurity(labels: Sequence[Hashable], criterion: str = "gini") -> float:
    """Gini impurity 1 - sum p_k^2, or entropy -sum p_k log2 p_k, of a list of class labels."""
    raise NotImplementedError("Write your solution here")


def best_split(X: List[List[float]], y: List[Hashable], criterion: str = "gini") -> Optional[Tuple[int, float, float]]:
    """(feature, threshold, gain) of the best split x[feature] <= threshold, or None if no split gains anything."""
    raise NotImplementedError("Write your solution here")
