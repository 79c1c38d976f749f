/** One cache entry in the doubly linked list of entries. */
class Entry {
  readonly key: number;
  value: number;
  prev: Entry = this;
  next: Entry = this;

  constructor(key: number, value: number) {
    this.key = key;
    this.value = value;
  }
}

/**
 * A fixed-capacity cache that evicts the least recently used key. A Map goes from each key
 * to its entry; the entries form a doubly linked list from the most recently used (just
 * after the head sentinel) to the least recently used (just before the tail sentinel).
 */
export class LRUCache {
  private readonly capacity: number;
  private readonly entries = new Map<number, Entry>();
  private readonly head = new Entry(0, 0);
  private readonly tail = new Entry(0, 0);

  constructor(capacity: number) {
    this.capacity = capacity;
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get(key: number): number {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    this.unlink(entry);
    this.pushFront(entry);
    return entry.value;
  }

  put(key: number, value: number): void {
    const existing = this.entries.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.unlink(existing);
      this.pushFront(existing);
      return;
    }
    const entry = new Entry(key, value);
    this.entries.set(key, entry);
    this.pushFront(entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.tail.prev;
      this.unlink(oldest);
      this.entries.delete(oldest.key);
    }
  }

  private unlink(entry: Entry): void {
    entry.prev.next = entry.next;
    entry.next.prev = entry.prev;
  }

  private pushFront(entry: Entry): void {
    entry.prev = this.head;
    entry.next = this.head.next;
    this.head.next.prev = entry;
    this.head.next = entry;
  }
}
