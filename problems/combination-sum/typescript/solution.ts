/** Every multiset of candidates (reuse allowed) summing to target: each ascending, the list in lexicographic order. */
export function combinationSum(candidates: number[], target: number): number[][] {
  throw new Error('Write your solution here');
}
