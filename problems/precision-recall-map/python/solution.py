from typing import List, Set, Tuple


def precision_at_k(ranked: List[str], relevant: Set[str], k: int) -> float:
    """Relevant items among the first k, divided by k."""
    raise NotImplementedError("Write your solution here")


def recall_at_k(ranked: List[str], relevant: Set[str], k: int) -> float:
    """Relevant items among the first k, divided by the number of relevant items (0 if there are none)."""
    raise NotImplementedError("Write your solution here")


def average_precision(ranked: List[str], relevant: Set[str]) -> float:
    """Sum of precision@i over the ranks i holding a relevant item, divided by len(relevant) (0 if empty)."""
    raise NotImplementedError("Write your solution here")


def mean_average_precision(queries: List[Tuple[List[str], Set[str]]]) -> float:
    """Mean of average_precision over (ranked, relevant) queries; 0 for no queries."""
    raise NotImplementedError("Write your solution here")
