// Wrong: returns the top of the lower half whenever the count is odd, but it lets the upper half be the larger one, so half of the odd counts read the wrong heap.
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
    if (this.low.size === 0 || num <= this.low.peek()) this.low.push(num);
    else this.high.push(num);
    if (this.low.size > this.high.size + 1) this.high.push(this.low.pop());
    else if (this.high.size > this.low.size + 1) this.low.push(this.high.pop());
  }

  findMedian(): number {
    if ((this.low.size + this.high.size) % 2 === 1) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
  }
}
