// Wrong: sorts ascending and reverses, so among equal scores the larger index comes first.
function checkParameters(k1: number, b: number): void {
  if (!(k1 >= 0)) throw new Error('k1 must be >= 0');
  if (!(b >= 0 && b <= 1)) throw new Error('b must be in [0, 1]');
}

/** The BM25 score of every document in corpus for query (a term repeated in the query counts each time). */
export function bm25Scores(query: readonly string[], corpus: readonly (readonly string[])[], k1 = 1.2, b = 0.75): number[] {
  checkParameters(k1, b);
  const nDocs = corpus.length;
  if (nDocs === 0) return [];
  const totalLength = corpus.reduce((sum, doc) => sum + doc.length, 0);
  if (totalLength === 0) return new Array<number>(nDocs).fill(0); // every document is empty: nothing can match
  const averageLength = totalLength / nDocs;

  // Document frequency of each query term: in how many documents it appears at least once.
  const queryTerms = new Set(query);
  const documentFrequency = new Map<string, number>();
  const termCounts = corpus.map((doc) => {
    const counts = new Map<string, number>();
    for (const token of doc) if (queryTerms.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    return counts;
  });

  const idf = new Map<string, number>();
  for (const term of queryTerms) {
    const df = documentFrequency.get(term) ?? 0;
    idf.set(term, Math.log((nDocs - df + 0.5) / (df + 0.5) + 1)); // the "+ 1" keeps every IDF positive
  }

  return corpus.map((doc, i) => {
    const counts = termCounts[i] ?? new Map<string, number>();
    const lengthFactor = k1 * (1 - b + (b * doc.length) / averageLength);
    let score = 0;
    for (const term of query) {
      // every occurrence in the query contributes
      const tf = counts.get(term) ?? 0;
      if (tf > 0) score += ((idf.get(term) ?? 0) * tf * (k1 + 1)) / (tf + lengthFactor);
    }
    return score;
  });
}

/** Indices of at most k documents with a positive score, by score descending, ties by smaller index. */
export function bm25TopK(query: readonly string[], corpus: readonly (readonly string[])[], k: number, k1 = 1.2, b = 0.75): number[] {
  if (!(k >= 0)) throw new Error('k must be >= 0');
  const scores = bm25Scores(query, corpus, k1, b);
  const matching: number[] = [];
  scores.forEach((score, i) => {
    if (score > 0) matching.push(i);
  });
  matching.sort((i, j) => (scores[i] ?? 0) - (scores[j] ?? 0));
  return matching.reverse().slice(0, k);
}
