/** A fixed-capacity cache that evicts the least recently used key. */
export class LRUCache {
  /** Start empty, holding at most capacity keys. */
  constructor(capacity: number) {
    throw new Error('Write your solution here');
  }

  /** The value stored for key (and mark it used), or -1 if key is absent. */
  get(key: number): number {
    throw new Error('Write your solution here');
  }

  /** Store value under key (and mark it used), evicting the least recently used key if over capacity. */
  put(key: number, value: number): void {
    throw new Error('Write your solution here');
  }
}
