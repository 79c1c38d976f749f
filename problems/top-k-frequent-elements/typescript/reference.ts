interface Entry {
  count: number;
  value: number;
}

/** True if a is a weaker candidate than b: a lower count, or on a tie the larger value. */
function weaker(a: Entry, b: Entry): boolean {
  return a.count !== b.count ? a.count < b.count : a.value > b.value;
}

/** A binary min-heap under `weaker`: the root is the weakest entry kept. */
class MinHeap {
  readonly entries: Entry[] = [];

  get size(): number {
    return this.entries.length;
  }

  peek(): Entry | undefined {
    return this.entries[0];
  }

  push(entry: Entry): void {
    const a = this.entries;
    a.push(entry);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent];
      if (up === undefined || !weaker(entry, up)) break;
      a[i] = up;
      i = parent;
    }
    a[i] = entry;
  }

  /** Replaces the root with `entry` and sifts it down. */
  replaceRoot(entry: Entry): void {
    const a = this.entries;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const leftEntry = a[left];
      if (leftEntry === undefined) break;
      const rightEntry = a[left + 1];
      let child = left;
      let childEntry = leftEntry;
      if (rightEntry !== undefined && weaker(rightEntry, leftEntry)) {
        child = left + 1;
        childEntry = rightEntry;
      }
      if (!weaker(childEntry, entry)) break;
      a[i] = childEntry;
      i = child;
    }
    a[i] = entry;
  }
}

/** Count, then keep the k best (count, value) pairs in a min-heap of size k. */
export function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  const heap = new MinHeap();
  for (const [value, count] of counts) {
    const entry = { count, value };
    if (heap.size < k) heap.push(entry);
    else {
      const root = heap.peek();
      if (root !== undefined && weaker(root, entry)) heap.replaceRoot(entry);
    }
  }
  return [...heap.entries].sort((a, b) => b.count - a.count || a.value - b.value).map((entry) => entry.value);
}
