/** Ids of the k best-scoring items (dot product, or cosine), best first, ties by smaller id. */
export function topKItems(
  user: number[],
  items: ReadonlyMap<number, number[]>,
  k: number,
  exclude: ReadonlySet<number> = new Set(),
  useCosine = false,
): number[] {
  throw new Error('Write your solution here');
}
