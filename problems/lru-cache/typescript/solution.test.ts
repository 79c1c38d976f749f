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

  test('a large workload runs fast', () => {
    const capacity = 50000;
    const cache = new LRUCache(capacity);
    for (let key = 0; key < 60000; key++) cache.put(key, 3 * key + 1); // keys 0..9999 are evicted
    const touched: number[] = [];
    for (let i = 0; i < 50000; i++) touched.push(10000 + ((i * 7919) % 50000)); // every survivor once, scrambled
    for (const key of touched) assert.equal(cache.get(key), 3 * key + 1);
    for (let key = 60000; key < 80000; key++) cache.put(key, 3 * key + 1); // evicts the first 20000 keys touched above
    touched.forEach((key, i) => assert.equal(cache.get(key), i < 20000 ? -1 : 3 * key + 1, `key ${key}`));
    for (let key = 60000; key < 80000; key++) assert.equal(cache.get(key), 3 * key + 1);
  });
});
