// Wrong: cuts the ideal list at the length of the returned list, so a list shorter than k is not penalised for the relevant items it left out.
export function dcgAtK(relevances: readonly number[], k: number): number {
  let total = 0;
  const end = Math.min(k, relevances.length);
  for (let i = 0; i < end; i++) total += (2 ** (relevances[i] ?? 0) - 1) / Math.log2(i + 2);
  return total;
}

export function ndcgAtK(rankedRelevances: readonly number[], judgedRelevances: readonly number[], k: number): number {
  const cutoff = Math.min(k, rankedRelevances.length);
  const ideal = dcgAtK([...judgedRelevances].sort((a, b) => b - a), cutoff);
  if (ideal === 0) return 0;
  return dcgAtK(rankedRelevances, cutoff) / ideal;
}
