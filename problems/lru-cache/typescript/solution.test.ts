import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LRUCache } from './solution';

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

/** An obviously correct (and slow) model: a list of [key, value] pairs, least recently used first. */
class NaiveLru {
  private readonly entries: [number, number][] = [];

  constructor(private readonly capacity: number) {}

  private take(key: number): [number, number] | undefined {
    const index = this.entries.findIndex((entry) => entry[0] === key);
    return index === -1 ? undefined : this.entries.splice(index, 1)[0];
  }

  get(key: number): number {
    const entry = this.take(key);
    if (entry === undefined) return -1;
    this.entries.push(entry);
    return entry[1];
  }

  put(key: number, value: number): void {
    this.take(key);
    this.entries.push([key, value]);
    if (this.entries.length > this.capacity) this.entries.shift();
  }
}

describe('LRUCache', () => {
  test('example 1: a read protects a key', () => {
    const cache = new LRUCache(2);
    cache.put(7, 70);
    cache.put(8, 80);
    assert.equal(cache.get(7), 70);
    cache.put(9, 90);
    assert.equal(cache.get(8), -1);
    assert.equal(cache.get(9), 90);
    assert.equal(cache.get(7), 70);
  });

  test('example 2: rewriting a key counts as use', () => {
    const cache = new LRUCache(2);
    cache.put(1, 10);
    cache.put(2, 20);
    cache.put(1, 15);
    cache.put(3, 30);
    assert.equal(cache.get(1), 15);
    assert.equal(cache.get(2), -1);
    assert.equal(cache.get(3), 30);
  });

  test('example 3: capacity one', () => {
    const cache = new LRUCache(1);
    cache.put(5, 1);
    cache.put(6, 2);
    assert.equal(cache.get(5), -1);
    assert.equal(cache.get(6), 2);
    cache.put(6, 3);
    assert.equal(cache.get(6), 3);
    cache.put(5, 4);
    assert.equal(cache.get(6), -1);
    assert.equal(cache.get(5), 4);
  });

  test('missing keys return -1 and change nothing', () => {
    const cache = new LRUCache(2);
    assert.equal(cache.get(1), -1);
    cache.put(1, 100);
    cache.put(2, 200);
    assert.equal(cache.get(3), -1); // a miss is not a use of anything
    cache.put(4, 400); // so key 1 is still the least recently used
    assert.equal(cache.get(1), -1);
    assert.equal(cache.get(2), 200);
    assert.equal(cache.get(4), 400);
  });

  test('rewriting a key never evicts', () => {
    const cache = new LRUCache(2);
    cache.put(1, 1);
    cache.put(2, 2);
    for (let value = 3; value < 50; value++) cache.put(2, value);
    cache.put(1, 50);
    assert.equal(cache.get(1), 50);
    assert.equal(cache.get(2), 49);
  });

  test('eviction follows use, not insertion', () => {
    const cache = new LRUCache(3);
    cache.put(1, 11);
    cache.put(2, 22);
    cache.put(3, 33);
    assert.equal(cache.get(1), 11);
    assert.equal(cache.get(2), 22);
    cache.put(4, 44); // evicts 3, the only key not used since it was written
    assert.equal(cache.get(3), -1);
    cache.put(5, 55); // the use order is now 1, 2, 4, 5: evicts 1
    assert.equal(cache.get(1), -1);
    assert.equal(cache.get(2), 22);
    assert.equal(cache.get(4), 44);
    assert.equal(cache.get(5), 55);
  });

  test('zero and negative keys and zero values', () => {
    const cache = new LRUCache(3);
    cache.put(0, 0);
    cache.put(-5, 7);
    cache.put(-1000000000, 1000000000);
    assert.equal(cache.get(0), 0);
    assert.equal(cache.get(-5), 7);
    assert.equal(cache.get(-1000000000), 1000000000);
    assert.equal(cache.get(5), -1);
    cache.put(1000000000, 0); // evicts 0, the least recently used
    assert.equal(cache.get(0), -1);
    assert.equal(cache.get(1000000000), 0);
  });

  test('an evicted key can come back', () => {
    const cache = new LRUCache(2);
    cache.put(1, 1);
    cache.put(2, 2);
    cache.put(3, 3);
    assert.equal(cache.get(1), -1);
    cache.put(1, 111);
    assert.equal(cache.get(1), 111);
    assert.equal(cache.get(2), -1);
    assert.equal(cache.get(3), 3);
  });

  test('caches do not share entries', () => {
    const first = new LRUCache(2);
    const second = new LRUCache(2);
    first.put(1, 10);
    second.put(1, 99);
    second.put(2, 98);
    second.put(3, 97);
    assert.equal(first.get(1), 10);
    assert.equal(second.get(1), -1);
    assert.equal(first.get(2), -1);
    const third = new LRUCache(1);
    assert.equal(third.get(1), -1);
  });

  test('seeded random operations match a naive model', () => {
    const rng = new Lcg(2024);
    for (const capacity of [1, 2, 3, 7, 20]) {
      const cache = new LRUCache(capacity);
      const model = new NaiveLru(capacity);
      const keyRange = 2 * capacity + 3;
      for (let step = 0; step < 4000; step++) {
        const key = rng.below(keyRange);
        if (rng.below(2) === 0) {
          assert.equal(cache.get(key), model.get(key), `capacity ${capacity}, step ${step}: get(${key})`);
        } else {
          const value = rng.below(1000);
          cache.put(key, value);
          model.put(key, value);
        }
      }
    }
  });

  test('a large workload takes constant time per call', () => {
    // Capacity C = 56,000 (30,000 in the Python test: CPython runs the slow loops many times
    // slower) and about 3.4 C calls, C / 5 of them evictions. The gets mostly start from the
    // most recently used key, the worst order for a scan from the oldest end: the newer half
    // of the keys is read twice, then every key. Keeping the use order in an array, or
    // scanning for the oldest key on each eviction, costs O(C) per call; a hash map with a
    // linked list costs O(1). The calls run in blocks of 1,000; only the time inside the
    // cache is measured, and the test stops as soon as it passes two seconds (one in Python:
    // the pauses of JavaScript's garbage collector while the map grows take a larger share of
    // a fast reference's time).
    const capacity = 56_000;
    const evicted = capacity / 10;
    const last = capacity + evicted; // keys 0 .. last - 1 are put first: keys below evicted drop out
    const newerHalf = evicted + capacity / 2; // the smallest key of the newer half
    const calls: ['put' | 'get', number, number][] = [];
    for (let key = 0; key < last; key++) calls.push(['put', key, 3 * key + 1]);
    for (let key = last - 1; key >= newerHalf; key--) calls.push(['get', key, 3 * key + 1]); // newest first
    for (let key = newerHalf; key < last; key++) calls.push(['get', key, 3 * key + 1]); // the newest is now the smallest
    // Evicts the oldest: keys evicted .. 2 * evicted - 1.
    for (let key = last; key < last + evicted; key++) calls.push(['put', key, 3 * key + 1]);
    // Every key, newest first.
    for (let key = last + evicted - 1; key >= 0; key--) calls.push(['get', key, key < 2 * evicted ? -1 : 3 * key + 1]);
    const cache = new LRUCache(capacity);
    let spent = 0;
    for (let first = 0; first < calls.length; first += 1000) {
      const block = calls.slice(first, first + 1000);
      const answers: number[] = [];
      const start = performance.now();
      for (const [method, key, value] of block) {
        if (method === 'put') cache.put(key, value);
        else answers.push(cache.get(key));
      }
      spent += (performance.now() - start) / 1000;
      const expected = block.filter(([method]) => method === 'get').map(([, , value]) => value);
      assert.deepEqual(answers, expected, `the gets among calls ${first} to ${first + block.length - 1}`);
      assert.ok(spent < 2, `${spent.toFixed(2)} s in the cache after ${first + block.length} calls: not O(1) per call`);
    }
  });
});
