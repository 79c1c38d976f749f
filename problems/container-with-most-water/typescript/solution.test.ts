import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { maxArea } from './solution';

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
          throw new Error(`more than ${budget} element reads for ${target.length} walls: aim for O(n)`);
        }
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function bruteForce(heights: number[]): number {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    for (let j = i + 1; j < heights.length; j++) best = Math.max(best, Math.min(heights[i] ?? 0, heights[j] ?? 0) * (j - i));
  }
  return best;
}

describe('maxArea', () => {
  test('example 1: the two tallest walls are not the answer', () => {
    assert.equal(maxArea([2, 7, 3, 8, 4, 6, 1]), 24);
  });

  test('example 2: two walls', () => {
    assert.equal(maxArea([4, 9]), 4);
  });

  test('example 3: a wall of height zero holds nothing', () => {
    assert.equal(maxArea([0, 5]), 0);
    assert.equal(maxArea([0, 0, 0]), 0);
  });

  test('equal walls at the ends', () => {
    assert.equal(maxArea([5, 1, 1, 1, 5]), 20);
  });

  test('a short, wide container can win', () => {
    assert.equal(maxArea([1, 8, 8, 1, 1, 1, 1, 1, 1, 3]), 24);
    assert.equal(maxArea([3, 9, 4, 2, 8, 1]), 24);
  });

  test('neighbouring walls can win', () => {
    assert.equal(maxArea([1, 100, 100, 1]), 100);
    assert.equal(maxArea([2, 1, 50, 60, 1, 2]), 50);
  });

  test('the input is not modified', () => {
    const heights = [6, 2, 5, 4, 8, 3];
    assert.equal(maxArea(heights), 24);
    assert.deepEqual(heights, [6, 2, 5, 4, 8, 3]);
  });

  test('seeded random walls match brute force', () => {
    const rng = new Lcg(37);
    for (let trial = 0; trial < 300; trial++) {
      const heights: number[] = [];
      const n = 2 + rng.below(20);
      for (let i = 0; i < n; i++) heights.push(rng.below(12));
      assert.equal(maxArea(heights), bruteForce(heights), `trial ${trial}: ${JSON.stringify(heights)}`);
    }
  });

  test('large inputs read each wall a few times at most', () => {
    const n = 100_000;
    const budget = 8 * n;
    const rising = Array.from({ length: n }, (_, i) => i + 1);
    assert.equal(maxArea(withReadBudget(rising, budget)), 2_500_000_000); // walls 50,000 and 100,000
    assert.equal(maxArea(withReadBudget(new Array<number>(n).fill(7), budget)), 7 * (n - 1));
    const valley = Array.from({ length: n }, (_, i) => Math.abs(i - n / 2)); // the two end walls are the tallest and the farthest apart
    assert.equal(maxArea(withReadBudget(valley, budget)), (n / 2 - 1) * (n - 1));
  });
});
