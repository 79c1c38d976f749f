import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lisLength } from './solution';

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

function quadraticLis(nums: number[]): number {
  const best: number[] = [];
  nums.forEach((x, i) => {
    let longest = 0;
    for (let j = 0; j < i; j++) if ((nums[j] ?? Infinity) < x) longest = Math.max(longest, best[j] ?? 0);
    best.push(longest + 1);
  });
  return Math.max(0, ...best);
}

/**
 * `values` behind a Proxy that counts element reads and throws as soon as there are more
 * than `budget`. The O(n log n) method reads each value once (or once per binary-search
 * step); the O(n^2) DP compares each value with every earlier one, reading the array about
 * n^2 times.
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

describe('lisLength', () => {
  test('example 1: mixed readings', () => {
    assert.equal(lisLength([3, 1, 4, 1, 5, 9, 2, 6]), 4);
  });

  test('example 2: equal values do not increase', () => {
    assert.equal(lisLength([5, 5, 5]), 1);
  });

  test('example 3: a falling series', () => {
    assert.equal(lisLength([9, 7, 4, 2]), 1);
  });

  test('example 4: empty', () => {
    assert.equal(lisLength([]), 0);
  });

  test('a single value and an already sorted list', () => {
    assert.equal(lisLength([42]), 1);
    assert.equal(lisLength(Array.from({ length: 1000 }, (_, i) => i - 5)), 1000);
  });

  test('negatives and repeats', () => {
    assert.equal(lisLength([-2, -1, -1, 0, 0, 3, -7]), 4);
    assert.equal(lisLength([-1000000000, 1000000000, 0, 1, 2]), 4);
  });

  test('a later, smaller start wins', () => {
    // Starting at 10 gives 10, 11, 12; starting at 1 gives 1, 2, 3, 4, 5.
    assert.equal(lisLength([10, 11, 12, 1, 2, 3, 4, 5]), 5);
    assert.equal(lisLength([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), 6);
  });

  test('the input is not modified', () => {
    const nums = [4, 10, 4, 3, 8, 9];
    const before = [...nums];
    assert.equal(lisLength(nums), 3);
    assert.deepEqual(nums, before);
  });

  test('matches the quadratic DP on seeded random lists', () => {
    const rng = new Lcg(2024);
    for (let r = 0; r < 300; r++) {
      const length = rng.below(41);
      const nums = Array.from({ length }, () => rng.below(21) - 10);
      assert.equal(lisLength(nums), quadraticLis(nums), `nums = ${JSON.stringify(nums)}`);
    }
  });

  test('large inputs are read only a few times', () => {
    // Each array of n = 20,000 values is read through a counter that allows 40 reads per
    // value: enough for the O(n log n) method even when its binary search reads nums[i] at
    // every step (about 15 steps here), while the O(n^2) DP runs out after about a thousand values.
    // 200 falling blocks of 100, each block above the last: one value per block.
    const blocks: number[] = [];
    for (let b = 0; b < 200; b++) for (let j = 0; j < 100; j++) blocks.push(b * 100 + (99 - j));
    assert.equal(lisLength(readCounted(blocks, 40 * blocks.length)), 200);
    // 1, 0, 3, 2, 5, 4, ...: one value from each pair.
    const zigzag = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? i + 1 : i - 1));
    assert.equal(lisLength(readCounted(zigzag, 40 * zigzag.length)), 10_000);
  });
});
