/**
 * The BM25 score of every document in corpus for query (a term repeated in the query counts each time).
 * Throws an Error unless k1 >= 0 and 0 <= b <= 1.
 */
export function bm25Scores(query: readonly string[], corpus: readonly (readonly string[])[], k1 = 1.2, b = 0.75): number[] {
  throw new Error('Write your solution here');
}

/**
 * Indices of at most k documents with a positive score, by score descending, ties by smaller index.
 * Throws an Error if k < 0 (or for k1 and b as bm25Scores does).
 */
export function bm25TopK(query: readonly string[], corpus: readonly (readonly string[])[], k: number, k1 = 1.2, b = 0.75): number[] {
  throw new Error('Write your solution here');
}
