import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { topKFrequent } from './solution';

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

/** An obviously correct model: sort every distinct value by (count descending, value ascending). */
function sortedTopK(nums: number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b).slice(0, k);
}

/**
 * `values` behind a Proxy that counts element reads and throws as soon as there are more
 * than `budget`. A solution that counts in one pass reads each element once; one that
 * counts each distinct value separately reads the whole array again for every value.
 */
function readCounted(values: number[], budget: number): number[] {
  let reads = 0;
  return new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key) && ++reads > budget) {
        throw new Error(`more than ${budget} element reads of a ${target.length}-element input`);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

describe('topKFrequent', () => {
  test('example 1: clear winners', () => {
    assert.deepEqual(topKFrequent([7, 7, 7, 3, 3, 9], 2), [7, 3]);
  });

  test('example 2: ties go to the smaller value', () => {
    assert.deepEqual(topKFrequent([4, 6, 6, 5, 4, 5, 8], 2), [4, 5]);
  });

  test('example 3: negative values and zero', () => {
    assert.deepEqual(topKFrequent([-2, 0, -2, 0, 2], 3), [-2, 0, 2]);
  });

  test('a single element', () => {
    assert.deepEqual(topKFrequent([9], 1), [9]);
  });

  test('ordered by count, not by value', () => {
    assert.deepEqual(topKFrequent([1, 2, 2, 3, 3, 3, 4, 4, 4, 4], 3), [4, 3, 2]);
  });

  test('k equal to the number of distinct values', () => {
    assert.deepEqual(topKFrequent([5, 3, 1, 3, 5, 5], 3), [5, 3, 1]);
    assert.deepEqual(topKFrequent([8, 6, 7], 3), [6, 7, 8]);
  });

  test('the input is not modified', () => {
    const nums = [3, 1, 3, 2, 1, 3];
    assert.deepEqual(topKFrequent(nums, 2), [3, 1]);
    assert.deepEqual(nums, [3, 1, 3, 2, 1, 3]);
  });

  test('seeded random inputs match a sorting model', () => {
    const rng = new Lcg(11);
    for (let c = 0; c < 300; c++) {
      const spread = 1 + rng.below(15);
      const length = 1 + rng.below(40);
      const nums: number[] = [];
      for (let i = 0; i < length; i++) nums.push(rng.below(spread) - Math.floor(spread / 2));
      const k = 1 + rng.below(new Set(nums).size);
      assert.deepEqual(topKFrequent(nums, k), sortedTopK(nums, k), `case ${c}: k=${k}, ${JSON.stringify(nums)}`);
    }
  });

  test('ties are not decided by first occurrence', () => {
    assert.deepEqual(topKFrequent([9, 9, 2, 2, 5, 5, 1], 2), [2, 5]);
    assert.deepEqual(topKFrequent([3, 8, 1, 8, 3, 1], 3), [1, 3, 8]);
  });

  test('a large input is read only a few times', () => {
    // Value v (0..1999) occurs v % 97 + 1 times, interleaved: 97 occurrences for
    // v = 96, 193, ..., 1939 (20 values), then 96 for v = 95, 192, ... The array is read
    // through a counter that allows 10 reads per element; counting each of the 2,000
    // distinct values with its own pass needs 2,000.
    const values: number[] = [];
    for (let r = 0; r < 97; r++) {
      for (let v = 0; v < 2000; v++) if (v % 97 >= r) values.push(v);
    }
    assert.equal(values.length, 96_890);
    assert.deepEqual(topKFrequent(readCounted(values, 10 * values.length), 5), [96, 193, 290, 387, 484]);
    const expected: number[] = [];
    for (let j = 0; j < 20; j++) expected.push(96 + 97 * j);
    expected.push(95, 192);
    assert.deepEqual(topKFrequent(readCounted(values, 10 * values.length), 22), expected);
  });
});
