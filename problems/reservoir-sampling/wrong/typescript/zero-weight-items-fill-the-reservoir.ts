// Wrong: gives a weight-0 item the key -Infinity instead of skipping it, so it is returned whenever fewer than k items have a positive weight.
export function reservoirSample<T>(stream: Iterable<T>, k: number, rng: () => number): T[] {
  const reservoir: T[] = [];
  if (k <= 0) return reservoir;
  let i = 0;
  for (const item of stream) {
    if (i < k) {
      reservoir.push(item);
    } else {
      const j = Math.floor(rng() * (i + 1));
      if (j < k) reservoir[j] = item;
    }
    i++;
  }
  return reservoir;
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
    if (k <= 0) continue;
    const key = weight > 0 ? Math.log(1 - rng()) / weight : -Infinity;
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
