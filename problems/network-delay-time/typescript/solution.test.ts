import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { networkDelayTime } from './solution';

type Link = [number, number, number];

/** A small seeded generator, the same in the Python and TypeScript tests. */
class Lcg {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  below(n: number): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return (this.state >>> 16) % n;
  }
}

/** Relax every link n - 1 times: slow, but obviously correct. */
function bellmanFord(times: Link[], n: number, k: number): number {
  const best = new Array<number>(n + 1).fill(Infinity);
  best[k] = 0;
  for (let round = 0; round < n - 1; round++) {
    for (const [source, target, delay] of times) {
      const through = (best[source] ?? Infinity) + delay;
      if (through < (best[target] ?? Infinity)) best[target] = through;
    }
  }
  const latest = Math.max(...best.slice(1));
  return latest === Infinity ? -1 : latest;
}

/** An array that counts element reads (indexing, iterating, slice and friends) and throws once they pass a budget. */
function withReadBudget(links: Link[], budget: number): Link[] {
  let reads = 0;
  return new Proxy(links, {
    get(target, property, receiver) {
      if (typeof property === 'string') {
        const first = property.charCodeAt(0);
        if (first >= 48 && first <= 57 && ++reads > budget) {
          throw new Error(`more than ${budget} reads of ${target.length} links: build adjacency lists once`);
        }
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * A chain of 1 ms links 1 -> 2 -> ... -> n, listed from its far end, plus shortcuts that take
 * fewer hops but are never faster: from server 1, server n hears the change at time n - 1.
 */
function chainWithShortcuts(n: number, shortcuts: number): Link[] {
  const rng = new Lcg(n);
  const times: Link[] = [];
  for (let i = n - 1; i >= 1; i--) times.push([i, i + 1, 1]);
  for (let i = 0; i < shortcuts; i++) {
    const source = 1 + rng.below(n);
    const target = 1 + rng.below(n);
    times.push([source, target, Math.max(0, target - source) + 1 + rng.below(50)]);
  }
  return times;
}

describe('networkDelayTime', () => {
  test('example 1: a relay beats the direct link', () => {
    const times: Link[] = [[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 1], [3, 4, 5]];
    assert.equal(networkDelayTime(times, 4, 1), 4);
  });

  test('example 2: an unreachable node', () => {
    assert.equal(networkDelayTime([[1, 2, 1], [3, 1, 1]], 3, 1), -1);
  });

  test('example 3: a single node', () => {
    assert.equal(networkDelayTime([], 1, 1), 0);
  });

  test('links are one-way', () => {
    assert.equal(networkDelayTime([[1, 2, 5]], 2, 2), -1);
    assert.equal(networkDelayTime([[1, 2, 5], [2, 3, 1]], 3, 2), -1);
  });

  test('more hops can be faster', () => {
    assert.equal(networkDelayTime([[1, 4, 10], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 4, 1), 3);
  });

  test('a node first reached by a slow link is improved later', () => {
    assert.equal(networkDelayTime([[1, 2, 10], [1, 3, 1], [3, 2, 1]], 3, 1), 2);
    const times: Link[] = [[1, 2, 9], [1, 3, 2], [3, 4, 2], [4, 2, 2], [2, 5, 1]];
    assert.equal(networkDelayTime(times, 5, 1), 7);
  });

  test('parallel links, self-loops and zero delays', () => {
    assert.equal(networkDelayTime([[1, 2, 7], [1, 2, 3], [2, 2, 1], [2, 1, 0]], 2, 1), 3);
    assert.equal(networkDelayTime([[1, 2, 0], [2, 3, 0], [3, 4, 0]], 4, 1), 0);
  });

  test('the source need not be node 1', () => {
    const times: Link[] = [[3, 1, 2], [3, 5, 6], [1, 2, 1], [2, 5, 2], [5, 4, 4], [4, 3, 1]];
    assert.equal(networkDelayTime(times, 5, 3), 9);
  });

  test('the input is not modified', () => {
    const times: Link[] = [[2, 1, 3], [1, 3, 4], [2, 3, 8]];
    assert.equal(networkDelayTime(times, 3, 2), 7);
    assert.deepEqual(times, [[2, 1, 3], [1, 3, 4], [2, 3, 8]]);
  });

  test('seeded random graphs match Bellman-Ford', () => {
    const rng = new Lcg(17);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + rng.below(8);
      const count = rng.below(3 * n + 1);
      const times: Link[] = [];
      for (let i = 0; i < count; i++) times.push([1 + rng.below(n), 1 + rng.below(n), rng.below(20)]);
      const k = 1 + rng.below(n);
      assert.equal(networkDelayTime(times, n, k), bellmanFord(times, n, k), `trial ${trial}: n=${n}, k=${k}, times=${JSON.stringify(times)}`);
    }
  });

  test('large networks read each link a few times at most', () => {
    // 10,000 servers on a chain listed so that one pass over all links moves the change only
    // one server further, and 20,000 shortcuts. Relaxing every link until nothing changes
    // (Bellman-Ford) reads the whole list once per pass, thousands of times here; Dijkstra
    // reads it once, to build adjacency lists.
    const n = 10_000;
    const times = chainWithShortcuts(n, 2 * n);
    assert.equal(networkDelayTime(withReadBudget(times, 4 * times.length), n, 1), n - 1);
    const mirrored = times.map(([source, target, delay]): Link => [n + 1 - source, n + 1 - target, delay]); // server i becomes n + 1 - i
    assert.equal(networkDelayTime(withReadBudget(mirrored, 4 * mirrored.length), n, n), n - 1);
  });
});
