import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { daysUntilWarmer } from './solution';

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
          throw new Error(`more than ${budget} element reads for ${target.length} days: aim for O(n)`);
        }
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function bruteForce(temps: number[]): number[] {
  return temps.map((temperature, i) => {
    for (let j = i + 1; j < temps.length; j++) if ((temps[j] ?? -Infinity) > temperature) return j - i;
    return 0;
  });
}

describe('daysUntilWarmer', () => {
  test('example 1: a mixed week', () => {
    assert.deepEqual(daysUntilWarmer([30, 32, 31, 29, 33, 33, 28]), [1, 3, 2, 1, 0, 0, 0]);
  });

  test('example 2: an equal day is not warmer', () => {
    assert.deepEqual(daysUntilWarmer([5, 5, 6]), [2, 1, 0]);
  });

  test('example 3: a single day', () => {
    assert.deepEqual(daysUntilWarmer([17]), [0]);
  });

  test('flat, falling and rising weeks', () => {
    assert.deepEqual(daysUntilWarmer([20, 20, 20]), [0, 0, 0]);
    assert.deepEqual(daysUntilWarmer([9, 7, 4, 1]), [0, 0, 0, 0]);
    assert.deepEqual(daysUntilWarmer([1, 4, 7, 9]), [1, 1, 1, 0]);
  });

  test('one warm day answers many earlier days', () => {
    assert.deepEqual(daysUntilWarmer([3, 2, 1, 4]), [3, 2, 1, 0]);
    assert.deepEqual(daysUntilWarmer([6, 3, 5, 4, 2, 7]), [5, 1, 3, 2, 1, 0]);
  });

  test('negative temperatures', () => {
    assert.deepEqual(daysUntilWarmer([-5, -10, -3, -3, -20, 0]), [2, 1, 3, 2, 1, 0]);
  });

  test('the input is not modified', () => {
    const temps = [12, 10, 11, 15, 9];
    assert.deepEqual(daysUntilWarmer(temps), [3, 1, 1, 0, 0]);
    assert.deepEqual(temps, [12, 10, 11, 15, 9]);
  });

  test('seeded random weeks match brute force', () => {
    const rng = new Lcg(29);
    for (let trial = 0; trial < 300; trial++) {
      const temps: number[] = [];
      const n = 1 + rng.below(30);
      for (let i = 0; i < n; i++) temps.push(rng.below(8) - 3);
      assert.deepEqual(daysUntilWarmer(temps), bruteForce(temps), `trial ${trial}: ${JSON.stringify(temps)}`);
    }
  });

  test('large inputs read each day a few times at most', () => {
    const n = 100_000;
    const budget = 8 * n;
    const zeros = new Array<number>(n).fill(0);
    const falling = Array.from({ length: n }, (_, i) => n - i);
    assert.deepEqual(daysUntilWarmer(withReadBudget(falling, budget)), zeros);
    assert.deepEqual(daysUntilWarmer(withReadBudget(new Array<number>(n).fill(50), budget)), zeros);
    const hotLastDay = [...falling.slice(0, n - 1), n + 1];
    const untilLast = Array.from({ length: n }, (_, i) => (i === n - 1 ? 0 : n - 1 - i));
    assert.deepEqual(daysUntilWarmer(withReadBudget(hotLastDay, budget)), untilLast);
    const sawtooth = Array.from({ length: n }, (_, i) => i % 100);
    const expected = sawtooth.map((value, i) => (value === 99 || i === n - 1 ? 0 : 1));
    assert.deepEqual(daysUntilWarmer(withReadBudget(sawtooth, budget)), expected);
  });
});
