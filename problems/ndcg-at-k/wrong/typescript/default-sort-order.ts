// Wrong: sorts the judged labels with the default sort, which compares them as strings, so a label of 10 sorts below 2.
export function dcgAtK(relevances: readonly number[], k: number): number {
  let total = 0;
  const end = Math.min(k, relevances.length);
  for (let i = 0; i < end; i++) total += (2 ** (relevances[i] ?? 0) - 1) / Math.log2(i + 2);
  return total;
}

export function ndcgAtK(rankedRelevances: readonly number[], judgedRelevances: readonly number[], k: number): number {
  const ideal = dcgAtK([...judgedRelevances].sort().reverse(), k);
  if (ideal === 0) return 0;
  return dcgAtK(rankedRelevances, k) / ideal;
}
