// Wrong: a plain breadth-first search that fixes each node's time on first discovery, i.e. by hop count - the weights decide nothing about the order.
export function networkDelayTime(times: Array<[number, number, number]>, n: number, k: number): number {
  const graph: Array<Array<[number, number]>> = Array.from({ length: n + 1 }, () => []);
  for (const [source, target, delay] of times) graph[source]?.push([target, delay]);
  const heard = new Array<number>(n + 1).fill(-1);
  heard[k] = 0;
  const queue = [k];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] ?? k;
    for (const [target, delay] of graph[node] ?? []) {
      if (heard[target] === -1) {
        heard[target] = (heard[node] ?? 0) + delay;
        queue.push(target);
      }
    }
  }
  const all = heard.slice(1);
  return all.includes(-1) ? -1 : Math.max(...all);
}
