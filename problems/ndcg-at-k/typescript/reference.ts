/** Discounted cumulative gain of the first k items: sum of (2^rel - 1) / log2(position + 1). */
export function dcgAtK(relevances: readonly number[], k: number): number {
  let total = 0;
  // Index i is position i + 1, so its discount is log2(i + 2): the top item is divided by log2(2) = 1.
  const end = Math.min(k, relevances.length);
  for (let i = 0; i < end; i++) {
    const rel = relevances[i] ?? 0;
    total += (2 ** rel - 1) / Math.log2(i + 2);
  }
  return total;
}

/**
 * DCG@k of the ranked list divided by the DCG@k of all judged items in their ideal
 * (descending) order; 0 if that ideal DCG is 0.
 */
export function ndcgAtK(rankedRelevances: readonly number[], judgedRelevances: readonly number[], k: number): number {
  // The ideal ranks every judged item of the query, including those the model missed.
  // Sort a copy (numerically, highest first) so the caller's array is left untouched.
  const idealOrder = [...judgedRelevances].sort((a, b) => b - a);
  const ideal = dcgAtK(idealOrder, k);
  if (ideal === 0) return 0; // nothing relevant was judged: defined as 0 rather than 0 / 0
  return dcgAtK(rankedRelevances, k) / ideal;
}
