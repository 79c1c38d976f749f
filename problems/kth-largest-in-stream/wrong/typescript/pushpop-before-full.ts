// Wrong: always pushes then pops once nums is loaded, so with only k - 1 initial scores the heap never reaches k.
/** A binary min-heap of numbers over an array it is given. */
class MinHeap {
  constructor(readonly values: number[] = []) {
    for (let i = (values.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

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
      if (up <= value) break;
      a[i] = up;
      i = parent;
    }
    a[i] = value;
  }

  pop(): number {
    const a = this.values;
    const top = a[0] ?? Number.NaN;
    const last = a.pop();
    if (last !== undefined && a.length > 0) {
      a[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(start: number): void {
    const a = this.values;
    let i = start;
    for (;;) {
      let smallest = i;
      for (const child of [2 * i + 1, 2 * i + 2]) if (child < a.length && (a[child] ?? 0) < (a[smallest] ?? 0)) smallest = child;
      if (smallest === i) return;
      [a[i], a[smallest]] = [a[smallest] ?? 0, a[i] ?? 0];
      i = smallest;
    }
  }
}

export class KthLargest {
  private readonly heap: MinHeap;

  constructor(k: number, nums: number[]) {
    this.heap = new MinHeap([...nums]);
    while (this.heap.size > k) this.heap.pop();
  }

  add(val: number): number {
    this.heap.push(val);
    this.heap.pop();
    return this.heap.peek();
  }
}
