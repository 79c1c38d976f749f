// Wrong: a heap, but a node's time is fixed when it is first pushed, not when it is popped, so a later, faster route is ignored.
/** A binary min-heap of [time, node] pairs, ordered by time. */
class MinHeap {
  private readonly items: Array<[number, number]> = [];

  get size(): number {
    return this.items.length;
  }

  push(item: [number, number]): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = a[parent];
      if (above === undefined || above[0] <= item[0]) break;
      a[i] = above;
      i = parent;
    }
    a[i] = item;
  }

  pop(): [number, number] | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (top === undefined || last === undefined || a.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const leftItem = a[left];
      if (leftItem === undefined) break;
      const rightItem = a[left + 1];
      const [child, childItem] = rightItem !== undefined && rightItem[0] < leftItem[0] ? [left + 1, rightItem] : [left, leftItem];
      if (childItem[0] >= last[0]) break;
      a[i] = childItem;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

export function networkDelayTime(times: Array<[number, number, number]>, n: number, k: number): number {
  const graph: Array<Array<[number, number]>> = Array.from({ length: n + 1 }, () => []);
  for (const [source, target, delay] of times) graph[source]?.push([target, delay]);
  const heard = new Array<number>(n + 1).fill(-1);
  heard[k] = 0;
  const heap = new MinHeap();
  heap.push([0, k]);
  while (heap.size > 0) {
    const [time, node] = heap.pop() ?? [0, k];
    for (const [target, delay] of graph[node] ?? []) {
      if (heard[target] === -1) {
        heard[target] = time + delay;
        heap.push([time + delay, target]);
      }
    }
  }
  const all = heard.slice(1);
  return all.includes(-1) ? -1 : Math.max(...all);
}
