/** A binary min-heap of numbers. */
class MinHeap {
  private readonly values: number[] = [];

  get size(): number {
    return this.values.length;
  }

  peek(): number | undefined {
    return this.values[0];
  }

  push(value: number): void {
    const a = this.values;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent];
      if (up === undefined || up <= value) break;
      a[i] = up;
      i = parent;
    }
    a[i] = value;
  }

  /** Replaces the root with `value` and sifts it down. */
  replaceRoot(value: number): void {
    const a = this.values;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const leftValue = a[left];
      if (leftValue === undefined) break;
      const rightValue = a[left + 1];
      let child = left;
      let childValue = leftValue;
      if (rightValue !== undefined && rightValue < leftValue) {
        child = left + 1;
        childValue = rightValue;
      }
      if (childValue >= value) break;
      a[i] = childValue;
      i = child;
    }
    a[i] = value;
  }
}

/**
 * The k-th largest value of a growing stream of integers. A min-heap holds the k largest
 * values seen so far (fewer only before the first add), so its root is the k-th largest.
 */
export class KthLargest {
  private readonly k: number;
  private readonly heap = new MinHeap();

  constructor(k: number, nums: number[]) {
    this.k = k;
    for (const num of nums) this.offer(num);
  }

  add(val: number): number {
    this.offer(val);
    const root = this.heap.peek();
    if (root === undefined) throw new Error('no values recorded');
    return root;
  }

  private offer(val: number): void {
    if (this.heap.size < this.k) this.heap.push(val);
    else if (val > (this.heap.peek() ?? Infinity)) this.heap.replaceRoot(val); // the old root drops out of the top k
  }
}
