/** A binary heap of numbers; `before(a, b)` is true when a belongs nearer the root than b. */
class Heap {
  private readonly items: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  /** The root; only called on a non-empty heap. */
  peek(): number {
    return this.items[0] ?? NaN;
  }

  push(value: number): void {
    const a = this.items;
    let i = a.length;
    a.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent] ?? value;
      if (!this.before(value, up)) break;
      a[i] = up;
      i = parent;
    }
    a[i] = value;
  }

  /** Removes and returns the root; only called on a non-empty heap. */
  pop(): number {
    const a = this.items;
    const root = a[0] ?? NaN;
    const last = a.pop() ?? NaN;
    if (a.length === 0) return root;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= a.length) break;
      let child = left;
      const right = left + 1;
      if (right < a.length && this.before(a[right] ?? NaN, a[left] ?? NaN)) child = right;
      const childValue = a[child] ?? NaN;
      if (!this.before(childValue, last)) break;
      a[i] = childValue;
      i = child;
    }
    a[i] = last;
    return root;
  }
}

/** Two heaps: a max-heap of the lower half and a min-heap of the upper half. */
export class MedianFinder {
  // Invariants: every lower value <= every upper value, and
  // low.size === high.size or high.size + 1.
  private readonly low = new Heap((a, b) => a > b); // root: the lower half's maximum
  private readonly high = new Heap((a, b) => a < b); // root: the upper half's minimum

  addNum(num: number): void {
    // Pass num through the lower half so that the largest of the lower half moves up ...
    this.low.push(num);
    this.high.push(this.low.pop());
    // ... then rebalance so the lower half is never the smaller one.
    if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  findMedian(): number {
    if (this.low.size > this.high.size) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
  }
}
