// Wrong: returns the latest time among the nodes that were reached and never checks that all n nodes were reached.
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
  const graph = new Map<number, Array<[number, number]>>();
  for (const [source, target, delay] of times) {
    const links = graph.get(source) ?? [];
    links.push([target, delay]);
    graph.set(source, links);
  }
  const best = new Map<number, number>();
  const heap = new MinHeap();
  heap.push([0, k]);
  while (heap.size > 0) {
    const [time, node] = heap.pop() ?? [0, k];
    if (best.has(node)) continue;
    best.set(node, time);
    for (const [target, delay] of graph.get(node) ?? []) if (!best.has(target)) heap.push([time + delay, target]);
  }
  return Math.max(...best.values());
}
