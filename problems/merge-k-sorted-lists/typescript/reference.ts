/** A front of one list: its value, which list, and the position in that list. */
interface Front {
  value: number;
  list: number;
  position: number;
}

/** Orders by value, then by list index (so equal values leave in a fixed order). */
function lessThan(a: Front, b: Front): boolean {
  return a.value !== b.value ? a.value < b.value : a.list < b.list;
}

/** A binary min-heap of list fronts. */
class MinHeap {
  private readonly a: Front[] = [];

  get size(): number {
    return this.a.length;
  }

  peek(): Front | undefined {
    return this.a[0];
  }

  push(front: Front): void {
    const a = this.a;
    a.push(front);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = a[parent];
      if (up === undefined || !lessThan(front, up)) break;
      a[i] = up;
      i = parent;
    }
    a[i] = front;
  }

  /** Removes the root. */
  pop(): void {
    const last = this.a.pop();
    if (last !== undefined && this.a.length > 0) this.replaceRoot(last);
  }

  /** Replaces the root with `front` and sifts it down. */
  replaceRoot(front: Front): void {
    const a = this.a;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const leftFront = a[left];
      if (leftFront === undefined) break;
      const rightFront = a[left + 1];
      let child = left;
      let childFront = leftFront;
      if (rightFront !== undefined && lessThan(rightFront, leftFront)) {
        child = left + 1;
        childFront = rightFront;
      }
      if (!lessThan(childFront, front)) break;
      a[i] = childFront;
      i = child;
    }
    a[i] = front;
  }
}

/** Min-heap of the k fronts: O(N log k). */
export function mergeKSorted(lists: number[][]): number[] {
  const heap = new MinHeap();
  lists.forEach((values, list) => {
    const first = values[0];
    if (first !== undefined) heap.push({ value: first, list, position: 0 });
  });
  const merged: number[] = [];
  for (let front = heap.peek(); front !== undefined; front = heap.peek()) {
    merged.push(front.value);
    const position = front.position + 1;
    const next = lists[front.list]?.[position];
    if (next !== undefined) heap.replaceRoot({ value: next, list: front.list, position }); // next value of the same list
    else heap.pop(); // that list is used up
  }
  return merged;
}
