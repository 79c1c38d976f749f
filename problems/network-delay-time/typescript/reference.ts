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
      let child = 2 * i + 1; // the smaller of the two children
      let childItem = a[child];
      if (childItem === undefined) break;
      const rightItem = a[child + 1];
      if (rightItem !== undefined && rightItem[0] < childItem[0]) {
        child++;
        childItem = rightItem;
      }
      if (childItem[0] >= last[0]) break;
      a[i] = childItem;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

/** Dijkstra from k with a min-heap; the answer is the largest shortest-path time, or -1. */
export function networkDelayTime(times: Array<[number, number, number]>, n: number, k: number): number {
  const graph: Array<Array<[number, number]>> = Array.from({ length: n + 1 }, () => []);
  for (const [source, target, delay] of times) graph[source]?.push([target, delay]);
  const best = new Array<number>(n + 1).fill(-1); // final shortest times, -1 until a node is popped
  const heap = new MinHeap();
  heap.push([0, k]);
  let reached = 0;
  let latest = 0;
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const [time, node] = top;
    if (best[node] !== -1) continue; // a stale entry: the node was already settled with a smaller time
    best[node] = time; // the first pop of a node is its shortest time (delays are never negative)
    reached++;
    latest = time; // pops come in non-decreasing time order
    const links = graph[node];
    if (links === undefined) continue;
    for (const [target, delay] of links) {
      if (best[target] === -1) heap.push([time + delay, target]);
    }
  }
  return reached === n ? latest : -1;
}
