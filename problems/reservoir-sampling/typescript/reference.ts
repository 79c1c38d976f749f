/** Uniform sample of k items from a stream of unknown length, in one pass (Algorithm R); rng is uniform in [0, 1). */
export function reservoirSample<T>(stream: Iterable<T>, k: number, rng: () => number): T[] {
  const reservoir: T[] = [];
  if (k <= 0) return reservoir;
  let i = 0;
  for (const item of stream) {
    if (i < k) {
      reservoir.push(item); // the first k items fill the reservoir
    } else {
      const j = Math.floor(rng() * (i + 1)); // uniform in 0..i
      if (j < k) reservoir[j] = item; // kept with probability k / (i + 1)
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

/** A binary min-heap on `key`: the root is the weakest item kept. */
class MinHeap<T> {
  readonly entries: Entry<T>[] = [];

  get size(): number {
    return this.entries.length;
  }

  peek(): Entry<T> | undefined {
    return this.entries[0];
  }

  push(entry: Entry<T>): void {
    const a = this.entries;
    a.push(entry);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent];
      if (up === undefined || up.key <= entry.key) break;
      a[i] = up;
      i = parent;
    }
    a[i] = entry;
  }

  /** Replaces the root with `entry` and sifts it down. */
  replaceRoot(entry: Entry<T>): void {
    const a = this.entries;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= a.length) break;
      const right = left + 1;
      const leftEntry = a[left];
      const rightEntry = a[right];
      let child = left;
      let childEntry = leftEntry;
      if (rightEntry !== undefined && leftEntry !== undefined && rightEntry.key < leftEntry.key) {
        child = right;
        childEntry = rightEntry;
      }
      if (childEntry === undefined || childEntry.key >= entry.key) break;
      a[i] = childEntry;
      i = child;
    }
    a[i] = entry;
  }
}

/** Weighted sample of k items without replacement from [item, weight] pairs (Efraimidis-Spirakis). */
export function weightedReservoirSample<T>(stream: Iterable<readonly [T, number]>, k: number, rng: () => number): T[] {
  const heap = new MinHeap<T>();
  let index = 0;
  for (const [item, weight] of stream) {
    if (weight < 0) throw new Error(`negative weight ${weight}`);
    index++;
    if (weight === 0 || k <= 0) continue; // weight 0: never selected
    const u = 1 - rng(); // uniform in (0, 1]
    const key = Math.log(u) / weight; // same order as u ** (1 / weight), without underflow
    if (heap.size < k) heap.push({ key, index, item });
    else if (key > (heap.peek()?.key ?? Infinity)) heap.replaceRoot({ key, index, item });
  }
  // Stream order (matters only when every candidate is kept).
  return [...heap.entries].sort((a, b) => a.index - b.index).map((entry) => entry.item);
}
