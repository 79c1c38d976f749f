/** A binary min-heap of numbers (the end times of the rooms in use). */
class MinHeap {
  private readonly a: number[] = [];

  get size(): number {
    return this.a.length;
  }

  peek(): number | undefined {
    return this.a[0];
  }

  push(value: number): void {
    const a = this.a;
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
    const a = this.a;
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

/** Meetings in start order; a min-heap holds the end time of each room in use. */
export function minMeetingRooms(intervals: Array<[number, number]>): number {
  const ends = new MinHeap();
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]); // a copy: the input stays as it was
  for (const [start, end] of byStart) {
    const earliest = ends.peek();
    if (earliest !== undefined && earliest <= start) ends.replaceRoot(end); // that room is free again: reuse it
    else ends.push(end); // every room is busy: open another
  }
  return ends.size;
}
