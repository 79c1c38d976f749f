// Wrong: the min-heap orders ties by the smaller value, so on a tied count it evicts the smaller value and keeps the larger.
interface Entry {
  count: number;
  value: number;
}

function less(a: Entry, b: Entry): boolean {
  return a.count !== b.count ? a.count < b.count : a.value < b.value;
}

export function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  const heap: Entry[] = [];
  const siftDown = (): void => {
    let i = 0;
    for (;;) {
      let smallest = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        const c = heap[child];
        const s = heap[smallest];
        if (c !== undefined && s !== undefined && less(c, s)) smallest = child;
      }
      if (smallest === i) return;
      const a = heap[i];
      const b = heap[smallest];
      if (a === undefined || b === undefined) return;
      heap[i] = b;
      heap[smallest] = a;
      i = smallest;
    }
  };
  for (const [value, count] of counts) {
    const entry = { count, value };
    if (heap.length < k) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const up = heap[parent];
        if (up === undefined || !less(entry, up)) break;
        heap[i] = up;
        i = parent;
      }
      heap[i] = entry;
    } else if (heap[0] !== undefined && less(heap[0], entry)) {
      heap[0] = entry;
      siftDown();
    }
  }
  return heap.sort((a, b) => b.count - a.count || a.value - b.value).map((entry) => entry.value);
}
