// Wrong: Bellman-Ford - relaxes every link, pass after pass, until nothing changes: correct, but O(n E) when the shortest routes are long chains.
export function networkDelayTime(times: Array<[number, number, number]>, n: number, k: number): number {
  const best = new Array<number>(n + 1).fill(Infinity);
  best[k] = 0;
  for (let pass = 0; pass < n - 1; pass++) {
    let changed = false;
    for (const [source, target, delay] of times) {
      const through = (best[source] ?? Infinity) + delay;
      if (through < (best[target] ?? Infinity)) {
        best[target] = through;
        changed = true;
      }
    }
    if (!changed) break;
  }
  let latest = 0;
  for (let node = 1; node <= n; node++) latest = Math.max(latest, best[node] ?? Infinity);
  return latest === Infinity ? -1 : latest;
}
