import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { maxSlidingWindow } from './solution';

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

function bruteForce(nums: number[], k: number): number[] {
  const maximums: number[] = [];
  for (let i = 0; i + k <= nums.length; i++) maximums.push(Math.max(...nums.slice(i, i + k)));
  return maximums;
}

const range = (start: number, end: number): number[] => Array.from({ length: end - start }, (_, i) => start + i);

/**
 * `values` behind a Proxy that counts element reads and throws as soon as there are more
 * than `budget`. A linear-time solution reads each value a few times; one that looks at
 * every value of every window reads each value up to k times.
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

describe('maxSlidingWindow', () => {
  test('example 1: a peak dominates until it leaves', () => {
    assert.deepEqual(maxSlidingWindow([4, 2, 12, 11, -5, 7, 1], 3), [12, 12, 12, 11, 7]);
  });

  test('example 2: a window of one', () => {
    assert.deepEqual(maxSlidingWindow([9, -1, 6], 1), [9, -1, 6]);
  });

  test('example 3: one window covers everything', () => {
    assert.deepEqual(maxSlidingWindow([3, 8, 8, 2], 4), [8]);
  });

  test('a single value', () => {
    assert.deepEqual(maxSlidingWindow([-7], 1), [-7]);
  });

  test('decreasing and increasing values', () => {
    assert.deepEqual(maxSlidingWindow([9, 8, 7, 6, 5, 4], 3), [9, 8, 7, 6]);
    assert.deepEqual(maxSlidingWindow([1, 2, 3, 4, 5, 6], 2), [2, 3, 4, 5, 6]);
  });

  test('repeated values', () => {
    assert.deepEqual(maxSlidingWindow([5, 5, 5, 5], 2), [5, 5, 5]);
    assert.deepEqual(maxSlidingWindow([2, 7, 7, 1, 7, 0, 0, 0], 3), [7, 7, 7, 7, 7, 0]);
  });

  test('negative and extreme values', () => {
    const low = -1000000000;
    const high = 1000000000;
    assert.deepEqual(maxSlidingWindow([low, -3, low, high, low], 2), [-3, -3, high, high]);
    assert.deepEqual(maxSlidingWindow([low, low, low], 2), [low, low]);
  });

  test('the input is not modified', () => {
    const nums = [6, 1, 8, 3, 3, 9, 2];
    assert.deepEqual(maxSlidingWindow(nums, 3), [8, 8, 8, 9, 9]);
    assert.deepEqual(nums, [6, 1, 8, 3, 3, 9, 2]);
  });

  test('seeded random inputs match brute force', () => {
    const rng = new Lcg(11);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + rng.below(40);
      const k = 1 + rng.below(n);
      const nums: number[] = [];
      for (let i = 0; i < n; i++) nums.push(rng.below(21) - 10);
      assert.deepEqual(maxSlidingWindow(nums, k), bruteForce(nums, k), `trial ${trial}: nums=${JSON.stringify(nums)}, k=${k}`);
    }
  });

  test('a maximum that repeats inside the window', () => {
    assert.deepEqual(maxSlidingWindow([1, 9, 3, 9, 2, 2, 2], 3), [9, 9, 9, 9, 2]);
    assert.deepEqual(maxSlidingWindow([4, 4, 1, 4, 0, 0], 2), [4, 4, 4, 4, 0]);
  });

  test('large windows read each value a few times', () => {
    // n = 20,000 values read through a counter that allows 6 reads per value. The deque
    // reads each value at most about 4 times whatever k is; taking the maximum of every
    // window, or rescanning the window whenever its maximum leaves, reads up to n * k.
    const n = 20_000;
    const falling = range(0, n).map((i) => n - i); // the maximum leaves every window
    assert.deepEqual(maxSlidingWindow(readCounted(falling, 6 * n), n / 2), range(0, n - n / 2 + 1).map((i) => n - i));
    assert.deepEqual(maxSlidingWindow(readCounted(range(0, n), 6 * n), (3 * n) / 4), range((3 * n) / 4 - 1, n));
    const sawtooth = range(0, n).map((i) => i % 1000);
    assert.deepEqual(maxSlidingWindow(readCounted(sawtooth, 6 * n), n / 2), new Array<number>(n - n / 2 + 1).fill(999));
  });
});
