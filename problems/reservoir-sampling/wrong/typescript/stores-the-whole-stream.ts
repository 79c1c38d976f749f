// Wrong: copies the whole stream into an array and shuffles it, which is uniform but keeps O(n) items instead of O(k) and decides nothing while the stream is read.
export function reservoirSample<T>(stream: Iterable<T>, k: number, rng: () => number): T[] {
  const items = [...stream];
  if (items.length <= k) return items;
  // Partial Fisher-Yates shuffle: the first k slots become a uniform sample.
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (items.length - i));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items.slice(0, Math.max(0, k));
}

interface Entry<T> {
  key: number;
  index: number;
  item: T;
}

/** Keeps the k entries with the largest keys; a sorted array is enough for small k. */
export function weightedReservoirSample<T>(stream: Iterable<readonly [T, number]>, k: number, rng: () => number): T[] {
  const kept: Entry<T>[] = []; // ascending by key: kept[0] is the weakest
  let index = 0;
  for (const [item, weight] of stream) {
    if (weight < 0) throw new Error(`negative weight ${weight}`);
    index++;
    if (weight === 0 || k <= 0) continue;
    const key = Math.log(1 - rng()) / weight;
    if (kept.length === k) {
      if (key <= (kept[0]?.key ?? Infinity)) continue;
      kept.shift();
    }
    let at = kept.findIndex((entry) => entry.key > key);
    if (at < 0) at = kept.length;
    kept.splice(at, 0, { key, index, item });
  }
  return kept.sort((a, b) => a.index - b.index).map((entry) => entry.item);
}
