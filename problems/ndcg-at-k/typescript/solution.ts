/** Discounted cumulative gain of the first k items: sum of (2^rel - 1) / log2(position + 1). */
export function dcgAtK(relevances: readonly number[], k: number): number {
  throw new Error('Write your solution here');
}

/**
 * DCG@k of the ranked list divided by the DCG@k of all judged items in their ideal
 * (descending) order; 0 if that ideal DCG is 0.
 */
export function ndcgAtK(rankedRelevances: readonly number[], judgedRelevances: readonly number[], k: number): number {
  throw new Error('Write your solution here');
}
