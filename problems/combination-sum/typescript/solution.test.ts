import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { combinationSum } from './solution';

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

/** Compares two lists of numbers element by element (a proper prefix first). */
function lexicographic(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** Every combination, built without search: ways[t] lists the combinations summing to t that use the values seen so far. */
function byDynamicProgramming(candidates: number[], target: number): number[][] {
  const ways: number[][][] = Array.from({ length: target + 1 }, () => []);
  ways[0] = [[]];
  for (const value of [...candidates].sort((a, b) => a - b)) {
    for (let total = value; total <= target; total++) {
      const extended = (ways[total - value] ?? []).map((combo) => [...combo, value]);
      ways[total] = [...(ways[total] ?? []), ...extended];
    }
  }
  return (ways[target] ?? []).sort(lexicographic);
}

describe('combinationSum', () => {
  test('example 1: unsorted candidates', () => {
    assert.deepEqual(combinationSum([7, 3, 2], 9), [[2, 2, 2, 3], [2, 7], [3, 3, 3]]);
  });

  test('example 2: no combination', () => {
    assert.deepEqual(combinationSum([4, 6], 9), []);
  });

  test('example 3: one candidate equal to the target', () => {
    assert.deepEqual(combinationSum([6], 6), [[6]]);
  });

  test('candidates larger than the target are never used', () => {
    assert.deepEqual(combinationSum([8, 20, 2], 6), [[2, 2, 2]]);
    assert.deepEqual(combinationSum([5], 3), []);
  });

  test('a value can be used many times', () => {
    assert.deepEqual(combinationSum([1], 5), [[1, 1, 1, 1, 1]]);
    assert.deepEqual(combinationSum([2, 1], 4), [[1, 1, 1, 1], [1, 1, 2], [2, 2]]);
  });

  test('each multiset appears once', () => {
    assert.deepEqual(combinationSum([3, 1, 2], 4), [[1, 1, 1, 1], [1, 1, 2], [1, 3], [2, 2]]);
  });

  test('the order compares numbers, not digits', () => {
    assert.deepEqual(combinationSum([10, 2, 5], 20), [
      [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      [2, 2, 2, 2, 2, 5, 5],
      [2, 2, 2, 2, 2, 10],
      [5, 5, 5, 5],
      [5, 5, 10],
      [10, 10],
    ]);
  });

  test('the input is not modified', () => {
    const candidates = [9, 4, 13, 6];
    assert.deepEqual(combinationSum(candidates, 13), [[4, 9], [13]]);
    assert.deepEqual(candidates, [9, 4, 13, 6]);
  });

  test('seeded random inputs match dynamic programming', () => {
    const rng = new Lcg(3);
    for (let trial = 0; trial < 200; trial++) {
      const candidates: number[] = [];
      const count = 1 + rng.below(5);
      for (let i = 0; i < count; i++) {
        const value = 1 + rng.below(12);
        if (!candidates.includes(value)) candidates.push(value);
      }
      const target = 1 + rng.below(16);
      const expected = byDynamicProgramming(candidates, target);
      assert.deepEqual(combinationSum(candidates, target), expected, `trial ${trial}: ${JSON.stringify(candidates)}, target ${target}`);
    }
  });

  test('many combinations', () => {
    const result = combinationSum([9, 5, 12, 7, 11, 6, 10, 8], 50);
    assert.equal(result.length, 251);
    assert.deepEqual(result, byDynamicProgramming([5, 6, 7, 8, 9, 10, 11, 12], 50));
  });
});
