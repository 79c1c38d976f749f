// Wrong: stamps each use with a counter and finds the oldest key by scanning every stamp on eviction: O(capacity) per eviction.
export class LRUCache {
  private readonly entries = new Map<number, { value: number; lastUse: number }>();
  private clock = 0;

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    entry.lastUse = ++this.clock;
    return entry.value;
  }

  put(key: number, value: number): void {
    this.entries.set(key, { value, lastUse: ++this.clock });
    if (this.entries.size > this.capacity) {
      let oldest: number | undefined;
      let oldestUse = Infinity;
      for (const [name, entry] of this.entries) {
        if (entry.lastUse < oldestUse) {
          oldest = name;
          oldestUse = entry.lastUse;
        }
      }
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
