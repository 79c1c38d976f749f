# Wrong: scores each distinct query term once, so a term repeated in the query does not count twice.
import math
from collections import Counter
from typing import Dict, List


def _check_parameters(k1: float, b: float) -> None:
    if not k1 >= 0:
        raise ValueError("k1 must be >= 0")
    if not 0 <= b <= 1:
        raise ValueError("b must be in [0, 1]")


def bm25_scores(query: List[str], corpus: List[List[str]], k1: float = 1.2, b: float = 0.75) -> List[float]:
    """The BM25 score of every document in corpus for query (a term repeated in the query counts each time)."""
    _check_parameters(k1, b)
    n_docs = len(corpus)
    if n_docs == 0:
        return []
    total_length = sum(len(doc) for doc in corpus)
    if total_length == 0:
        return [0.0] * n_docs  # every document is empty: nothing can match
    average_length = total_length / n_docs

    # Document frequency of each query term: in how many documents it appears at least once.
    query_terms = set(query)
    document_frequency: Dict[str, int] = {term: 0 for term in query_terms}
    term_counts = []
    for doc in corpus:
        counts = Counter(token for token in doc if token in query_terms)
        term_counts.append(counts)
        for term in counts:
            document_frequency[term] += 1

    idf = {
        term: math.log((n_docs - df + 0.5) / (df + 0.5) + 1.0)  # the "+ 1" keeps every IDF positive
        for term, df in document_frequency.items()
    }

    scores = []
    for doc, counts in zip(corpus, term_counts):
        length_factor = k1 * (1.0 - b + b * len(doc) / average_length)
        score = 0.0
        for term in query_terms:
            tf = counts.get(term, 0)
            if tf:
                score += idf[term] * tf * (k1 + 1.0) / (tf + length_factor)
        scores.append(score)
    return scores


def bm25_top_k(query: List[str], corpus: List[List[str]], k: int, k1: float = 1.2, b: float = 0.75) -> List[int]:
    """Indices of at most k documents with a positive score, by score descending, ties by smaller index."""
    if k < 0:
        raise ValueError("k must be >= 0")
    scores = bm25_scores(query, corpus, k1, b)
    matching = [i for i, score in enumerate(scores) if score > 0]
    matching.sort(key=lambda i: (-scores[i], i))
    return matching[:k]
