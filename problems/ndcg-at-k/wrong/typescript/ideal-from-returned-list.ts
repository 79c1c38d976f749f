// Wrong: builds the ideal DCG from the returned list itself, so judged items the model missed never enter the denominator.
export function dcgAtK(relevances: readonly number[], k: number): number {
  let total = 0;
  const end = Math.min(k, relevances.length);
  for (let i = 0; i < end; i++) total += (2 ** (relevances[i] ?? 0) - 1) / Math.log2(i + 2);
  return total;
}

export function ndcgAtK(rankedRelevances: readonly number[], judgedRelevances: readonly number[], k: number): number {
  const ideal = dcgAtK([...rankedRelevances].sort((a, b) => b - a), k);
  if (ideal === 0) return 0;
  return dcgAtK(rankedRelevances, k) / ideal;
}
