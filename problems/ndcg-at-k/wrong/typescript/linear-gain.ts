// Wrong: uses the label itself as the gain instead of 2^rel - 1 (the two agree only for binary labels).
export function dcgAtK(relevances: readonly number[], k: number): number {
  return relevances.slice(0, k).reduce((total, rel, i) => total + rel / Math.log2(i + 2), 0);
}

export function ndcgAtK(rankedRelevances: readonly number[], judgedRelevances: readonly number[], k: number): number {
  const ideal = dcgAtK([...judgedRelevances].sort((a, b) => b - a), k);
  return ideal > 0 ? dcgAtK(rankedRelevances, k) / ideal : 0;
}
