from typing import List


def bm25_scores(query: List[str], corpus: List[List[str]], k1: float = 1.2, b: float = 0.75) -> List[float]:
    """The BM25 score of every document in corpus for query (a term repeated in the query counts each time).

    Raises ValueError unless k1 >= 0 and 0 <= b <= 1.
    """
    raise NotImplementedError("Write your solution here")


def bm25_top_k(query: List[str], corpus: List[List[str]], k: int, k1: float = 1.2, b: float = 0.75) -> List[int]:
    """Indices of at most k documents with a positive score, by score descending, ties by smaller index.

    Raises ValueError if k < 0 (or for k1 and b as bm25_scores does).
    """
    raise NotImplementedError("Write your solution here")
