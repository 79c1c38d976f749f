/** Discounted cumulative gain of the first k items: sum of (2^rel - 1) / log2(position + 1). */
export function dcgAtK(relevances: readonly number[], k: number): number {
  throw new Error('Write your solution here');
}

/** DCG@k divided by the DCG@k of the ideal (descending) order of the same relevances; 0 if that is 0. */
export function ndcgAtK(relevances: readonly number[], k: number): number {
  throw new Error('Write your solution here');
}
