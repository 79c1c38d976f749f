// Wrong: balances the two heaps by size alone, sending each number to whichever half is smaller without comparing values, so the halves get mixed up.
/** A binary heap ordered by `before` (the root comes before every other value). */
class Heap {
  readonly values: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.values.length;
  }

  peek(): number {
    return this.values[0] ?? Number.NaN;
  }

  push(value: number): void {
    const a = this.values;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent] ?? value;
      if (!this.before(value, up)) break;
      a[i] = up;
      i = parent;
    }
    a[i] = value;
  }

  pop(): number {
    const a = this.values;
    const top = a[0] ?? Number.NaN;
    const last = a.pop();
    if (last === undefined || a.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= a.length) break;
      const right = left + 1;
      const child = right < a.length && this.before(a[right] ?? 0, a[left] ?? 0) ? right : left;
      const childValue = a[child] ?? last;
      if (!this.before(childValue, last)) break;
      a[i] = childValue;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

export class MedianFinder {
  private readonly low = new Heap((a, b) => a > b); // max-heap of the lower half
  private readonly high = new Heap((a, b) => a < b); // min-heap of the upper half

  addNum(num: number): void {
    if (this.low.size === this.high.size) this.low.push(num);
    else this.high.push(num);
  }

  findMedian(): number {
    if (this.low.size > this.high.size) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
  }
}
