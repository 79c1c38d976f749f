// Wrong: consumes each list with shift(), which empties the caller's arrays (and costs O(length) per shift).
export function mergeKSorted(lists: number[][]): number[] {
  const merged: number[] = [];
  const live = lists.filter((values) => values.length > 0);
  while (live.length > 0) {
    let best = 0;
    for (let i = 1; i < live.length; i++) if ((live[i]?.[0] ?? Infinity) < (live[best]?.[0] ?? Infinity)) best = i;
    const source = live[best];
    if (source === undefined) break;
    merged.push(source.shift() ?? 0);
    if (source.length === 0) live.splice(best, 1);
  }
  return merged;
}
