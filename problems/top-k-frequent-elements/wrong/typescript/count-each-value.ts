// Wrong: counts each distinct value with its own pass over nums: O(n * distinct values) time.
export function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const value of new Set(nums)) counts.set(value, nums.filter((x) => x === value).length);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b).slice(0, k);
}
