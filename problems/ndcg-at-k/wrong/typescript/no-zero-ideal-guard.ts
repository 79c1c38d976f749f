// Wrong: divides by the ideal DCG without checking for 0, so a query with no relevant judged item gives NaN instead of 0.
export function dcgAtK(relevances: readonly number[], k: number): number {
  let total = 0;
  const end = Math.min(k, relevances.length);
  for (let i = 0; i < end; i++) total += (2 ** (relevances[i] ?? 0) - 1) / Math.log2(i + 2);
  return total;
}

export function ndcgAtK(rankedRelevances: readonly number[], judgedRelevances: readonly number[], k: number): number {
  const ideal = dcgAtK([...judgedRelevances].sort((a, b) => b - a), k);
  return dcgAtK(rankedRelevances, k) / ideal;
}
