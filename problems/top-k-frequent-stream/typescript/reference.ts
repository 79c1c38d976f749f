interface Entry {
  item: string;
  count: number;
}

/** True when a ranks before b: higher count, or equal count and smaller item. */
function ranksBefore(a: Entry, b: Entry): boolean {
  return a.count !== b.count ? a.count > b.count : a.item < b.item;
}

/** A binary heap whose root is the weakest entry kept (the one every other entry ranks before). */
class WeakestFirstHeap {
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
      if (up === undefined || !ranksBefore(up, entry)) break; // the parent is already weaker
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
      if (rightEntry !== undefined && ranksBefore(leftEntry, rightEntry)) {
        child = left + 1;
        childEntry = rightEntry;
      }
      if (!ranksBefore(entry, childEntry)) break; // entry is at least as weak as its weakest child
      a[i] = childEntry;
      i = child;
    }
    a[i] = entry;
  }
}

/** Exact counts in a hash map; top() picks the k best entries with a size-k heap. */
export class StreamTopK {
  private readonly counts = new Map<string, number>();

  constructor(private readonly k: number) {}

  add(item: string): void {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1); // O(1)
  }

  /** O(u log k) for u distinct items. */
  top(): string[] {
    if (this.k <= 0) return [];
    const heap = new WeakestFirstHeap();
    for (const [item, count] of this.counts) {
      const entry = { item, count };
      if (heap.size < this.k) heap.push(entry);
      else {
        const weakest = heap.peek();
        if (weakest !== undefined && ranksBefore(entry, weakest)) heap.replaceRoot(entry);
      }
    }
    return [...heap.entries].sort((a, b) => (ranksBefore(a, b) ? -1 : 1)).map((entry) => entry.item);
  }
}
