import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { minDailyCapacity } from './solution';

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

/** An array that counts element reads (indexing, iterating, slice and friends) and throws once they pass a budget. */
function withReadBudget(values: number[], budget: number): number[] {
  let reads = 0;
  return new Proxy(values, {
    get(target, property, receiver) {
      if (typeof property === 'string') {
        const first = property.charCodeAt(0);
        if (first >= 48 && first <= 57 && ++reads > budget) {
          throw new Error(`more than ${budget} element reads for ${target.length} sizes: about 64 passes at most`);
        }
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** Every test hands over its sizes like this: 64 passes over the array, and a little slack. */
const budgeted = (sizes: number[]): number[] => withReadBudget(sizes, 64 * sizes.length + 64);

function daysNeeded(sizes: number[], capacity: number): number {
  let used = 1;
  let load = 0;
  for (const size of sizes) {
    if (load + size > capacity) {
      used++;
      load = 0;
    }
    load += size;
  }
  return used;
}

function byTryingEveryCapacity(sizes: number[], days: number): number {
  let capacity = Math.max(...sizes);
  while (daysNeeded(sizes, capacity) > days) capacity++;
  return capacity;
}

describe('minDailyCapacity', () => {
  test('example 1: three days', () => {
    assert.equal(minDailyCapacity(budgeted([4, 8, 3, 5, 6, 2]), 3), 12);
  });

  test('example 2: one day per shard', () => {
    assert.equal(minDailyCapacity(budgeted([4, 8, 3, 5, 6, 2]), 6), 8);
  });

  test('example 3: a single day', () => {
    assert.equal(minDailyCapacity(budgeted([4, 8, 3, 5, 6, 2]), 1), 28);
  });

  test('a single shard', () => {
    assert.equal(minDailyCapacity(budgeted([7]), 1), 7);
  });

  test('the largest shard is a lower bound', () => {
    assert.equal(minDailyCapacity(budgeted([10, 1, 1]), 3), 10);
    assert.equal(minDailyCapacity(budgeted([1, 1, 30, 1, 1]), 4), 30);
  });

  test('a day may be filled exactly', () => {
    assert.equal(minDailyCapacity(budgeted([5, 5, 5, 5]), 2), 10);
    assert.equal(minDailyCapacity(budgeted([2, 3, 5]), 2), 5);
  });

  test('shards keep their order', () => {
    assert.equal(minDailyCapacity(budgeted([3, 3, 3, 3, 3]), 2), 9);
    assert.equal(minDailyCapacity(budgeted([1, 9, 1, 9, 1]), 3), 10);
  });

  test('the input is not modified', () => {
    const sizes = [6, 2, 9, 4, 4];
    assert.equal(minDailyCapacity(budgeted(sizes), 3), 9);
    assert.deepEqual(sizes, [6, 2, 9, 4, 4]);
  });

  test('seeded random inputs match trying every capacity', () => {
    const rng = new Lcg(13);
    for (let trial = 0; trial < 300; trial++) {
      const sizes: number[] = [];
      const n = 1 + rng.below(12);
      for (let i = 0; i < n; i++) sizes.push(1 + rng.below(20));
      const days = 1 + rng.below(sizes.length);
      const expected = byTryingEveryCapacity(sizes, days);
      assert.equal(minDailyCapacity(budgeted(sizes), days), expected, `trial ${trial}: ${JSON.stringify(sizes)}, days=${days}`);
    }
  });

  test('large inputs need few passes', () => {
    const n = 20_000;
    const filled = (value: number): number[] => new Array<number>(n).fill(value);
    assert.equal(minDailyCapacity(budgeted(filled(1)), 7), 2858); // ceil(20000 / 7)
    assert.equal(minDailyCapacity(budgeted(filled(1000)), 300), 67_000); // 67 shards a day
    const pairs = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 999));
    assert.equal(minDailyCapacity(budgeted(pairs), n / 2), 1000);
    const giantLast = [...new Array<number>(n - 1).fill(1), 1_000_000];
    assert.equal(minDailyCapacity(budgeted(giantLast), 2), 1_000_000);
  });
});
