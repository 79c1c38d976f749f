// Wrong: sorts the caller's intervals in place instead of a sorted copy.
/** Pushes into a binary min-heap. */
function push(heap: number[], value: number): void {
  heap.push(value);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const up = heap[parent] ?? value;
    if (up <= value) break;
    heap[i] = up;
    i = parent;
  }
  heap[i] = value;
}

/** Replaces the root of a binary min-heap and sifts it down. */
function replaceRoot(heap: number[], value: number): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const child = left + 1 < heap.length && (heap[left + 1] ?? 0) < (heap[left] ?? 0) ? left + 1 : left;
    const childValue = heap[child] ?? value;
    if (childValue >= value) break;
    heap[i] = childValue;
    i = child;
  }
  heap[i] = value;
}

export function minMeetingRooms(intervals: Array<[number, number]>): number {
  intervals.sort((a, b) => a[0] - b[0]);
  const ends: number[] = [];
  for (const [start, end] of intervals) {
    if (ends.length > 0 && (ends[0] ?? Infinity) <= start) replaceRoot(ends, end);
    else push(ends, end);
  }
  return ends.length;
}
