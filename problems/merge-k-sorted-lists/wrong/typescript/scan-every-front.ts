// Wrong: finds the next value by scanning the front of every list: O(N * k) time instead of O(N log k).
export function mergeKSorted(lists: number[][]): number[] {
  const positions = lists.map(() => 0);
  const merged: number[] = [];
  for (;;) {
    let best = -1;
    let bestValue = Infinity;
    lists.forEach((values, i) => {
      const value = values[positions[i] ?? 0];
      if (value !== undefined && (best === -1 || value < bestValue)) {
        best = i;
        bestValue = value;
      }
    });
    if (best === -1) return merged;
    merged.push(bestValue);
    positions[best] = (positions[best] ?? 0) + 1;
  }
}
