import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countSubarraysWithSum } from './solution';

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
          throw new Error(`more than ${budget} element reads for ${target.length} values: aim for O(n)`);
        }
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function bruteForce(nums: number[], k: number): number {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    let total = 0;
    for (let j = i; j < nums.length; j++) {
      total += nums[j] ?? 0;
      if (total === k) count++;
    }
  }
  return count;
}

describe('countSubarraysWithSum', () => {
  test('example 1: negative values', () => {
    assert.equal(countSubarraysWithSum([2, -1, 1, 3, -2, 2], 2), 4);
  });

  test('example 2: zeros', () => {
    assert.equal(countSubarraysWithSum([0, 0, 0], 0), 6);
  });

  test('example 3: a single value', () => {
    assert.equal(countSubarraysWithSum([5], 5), 1);
    assert.equal(countSubarraysWithSum([5], 3), 0);
  });

  test('runs that start at the first value count', () => {
    assert.equal(countSubarraysWithSum([3, 4, 7], 7), 2);
    assert.equal(countSubarraysWithSum([1, 2, 3], 6), 1);
  });

  test('the empty run never counts', () => {
    assert.equal(countSubarraysWithSum([1, 2, 3], 0), 0);
    assert.equal(countSubarraysWithSum([4, -4, 1], 0), 1);
  });

  test('a window cannot be slid over negative values', () => {
    assert.equal(countSubarraysWithSum([1, -1, 1, -1], 0), 4);
    assert.equal(countSubarraysWithSum([-2, -3, 5, -5], -5), 3);
    assert.equal(countSubarraysWithSum([3, -3, 3, 4], 7), 2);
  });

  test('the input is not modified', () => {
    const nums = [2, 2, -1, 3, 0, 2];
    assert.equal(countSubarraysWithSum(nums, 4), bruteForce(nums, 4));
    assert.deepEqual(nums, [2, 2, -1, 3, 0, 2]);
  });

  test('seeded random inputs match brute force', () => {
    const rng = new Lcg(5);
    for (let trial = 0; trial < 300; trial++) {
      const nums: number[] = [];
      const n = 1 + rng.below(25);
      for (let i = 0; i < n; i++) nums.push(rng.below(9) - 4);
      const k = rng.below(13) - 6;
      assert.equal(countSubarraysWithSum(nums, k), bruteForce(nums, k), `trial ${trial}: nums=${JSON.stringify(nums)}, k=${k}`);
    }
  });

  test('large inputs read each value a few times at most', () => {
    const n = 100_000;
    const filled = (value: number): number[] => withReadBudget(new Array<number>(n).fill(value), 3 * n);
    assert.equal(countSubarraysWithSum(filled(1), 500), n - 500 + 1);
    assert.equal(countSubarraysWithSum(filled(0), 0), (n * (n + 1)) / 2);
    const alternating = withReadBudget(Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : -1)), 3 * n); // prefix sums 1, 0, 1, 0, ...
    const half = n / 2;
    assert.equal(countSubarraysWithSum(alternating, 0), ((half + 1) * half) / 2 + (half * (half - 1)) / 2);
    assert.equal(countSubarraysWithSum(filled(7), -7), 0);
  });
});
