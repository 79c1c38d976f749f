// Wrong: keeps the use order in a plain array, so moving a key to the back costs a scan: O(capacity) per call.
export class LRUCache {
  private readonly values = new Map<number, number>();
  private readonly order: number[] = []; // least recently used first

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    const value = this.values.get(key);
    if (value === undefined) return -1;
    this.order.splice(this.order.indexOf(key), 1);
    this.order.push(key);
    return value;
  }

  put(key: number, value: number): void {
    if (this.values.has(key)) this.order.splice(this.order.indexOf(key), 1);
    this.values.set(key, value);
    this.order.push(key);
    if (this.order.length > this.capacity) {
      const oldest = this.order.shift();
      if (oldest !== undefined) this.values.delete(oldest);
    }
  }
}
