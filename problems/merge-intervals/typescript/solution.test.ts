import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeIntervals } from './solution';

type Interval = [number, number];

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

/** Cover the half-unit points 2*start..2*end of every interval; each unbroken run is one merged interval. */
function bruteForce(intervals: Interval[]): Interval[] {
  const covered = new Set<number>();
  for (const [start, end] of intervals) for (let point = 2 * start; point <= 2 * end; point++) covered.add(point);
  const runs: Interval[] = [];
  for (const point of [...covered].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && point === last[1] + 1) last[1] = point;
    else runs.push([point, point]);
  }
  return runs.map(([first, last]): Interval => [first / 2, last / 2]);
}

/** 0..n-1 in a scrambled order (n not a multiple of 7919). */
function scrambled(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i * 7919) % n);
}

/** Like deepEqual, but names the first difference instead of printing two huge arrays. */
function assertSameList(actual: Interval[], expected: Interval[], where: string): void {
  assert.ok(Array.isArray(actual), `${where}: not an array`);
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
    assert.deepEqual(actual[i], expected[i], `${where}, index ${i}`);
  }
  assert.equal(actual.length, expected.length, `${where}: the arrays have different lengths`);
}

describe('mergeIntervals', () => {
  test('example 1: overlaps merge and the rest stay', () => {
    assert.deepEqual(mergeIntervals([[8, 10], [1, 4], [3, 6], [12, 12]]), [[1, 6], [8, 10], [12, 12]]);
  });

  test('example 2: touching intervals merge', () => {
    assert.deepEqual(mergeIntervals([[4, 7], [1, 4]]), [[1, 7]]);
  });

  test('example 3: a gap of one keeps intervals apart', () => {
    assert.deepEqual(mergeIntervals([[3, 4], [1, 2]]), [[1, 2], [3, 4]]);
  });

  test('no intervals', () => {
    assert.deepEqual(mergeIntervals([]), []);
  });

  test('a single interval', () => {
    assert.deepEqual(mergeIntervals([[5, 9]]), [[5, 9]]);
  });

  test('intervals inside another one', () => {
    assert.deepEqual(mergeIntervals([[1, 10], [2, 3], [4, 5], [11, 12]]), [[1, 10], [11, 12]]);
    assert.deepEqual(mergeIntervals([[2, 3], [1, 10], [1, 2]]), [[1, 10]]);
  });

  test('a chain given out of order', () => {
    assert.deepEqual(mergeIntervals([[6, 8], [1, 3], [20, 25], [2, 4], [9, 9], [4, 6]]), [[1, 8], [9, 9], [20, 25]]);
  });

  test('points, duplicates and negative values', () => {
    assert.deepEqual(mergeIntervals([[3, 3], [1, 2], [3, 3], [2, 2]]), [[1, 2], [3, 3]]);
    assert.deepEqual(mergeIntervals([[-5, -3], [2, 2], [-3, 0], [-10, -8]]), [[-10, -8], [-5, 0], [2, 2]]);
  });

  test('the input is not modified', () => {
    const intervals: Interval[] = [[5, 8], [1, 3], [2, 6], [10, 11]];
    assert.deepEqual(mergeIntervals(intervals), [[1, 8], [10, 11]]);
    assert.deepEqual(intervals, [[5, 8], [1, 3], [2, 6], [10, 11]]);
  });

  test('seeded random inputs match brute force', () => {
    const rng = new Lcg(7);
    for (let trial = 0; trial < 300; trial++) {
      const intervals: Interval[] = [];
      const count = rng.below(12);
      for (let i = 0; i < count; i++) {
        const start = rng.below(30) - 10;
        intervals.push([start, start + rng.below(6)]);
      }
      assert.deepEqual(mergeIntervals(intervals), bruteForce(intervals), `trial ${trial}: ${JSON.stringify(intervals)}`);
    }
  });

  test('large inputs take n log n time', () => {
    // Disjoint and chained intervals in scrambled order, for n = 1,000 doubling up to 32,000
    // (16,000 in the Python test: JavaScript runs the slow loops many times faster). Checking
    // each interval against every block built so far costs O(n^2); sorting and one sweep cost
    // O(n log n). Only the time inside mergeIntervals is counted, and the test stops as soon
    // as it passes a second.
    let spent = 0;
    for (let n = 1000; n <= 32_000; n *= 2) {
      const order = scrambled(n);
      const shapes: Array<[string, Interval[], Interval[]]> = [
        ['disjoint', order.map((i): Interval => [2 * i, 2 * i + 1]), Array.from({ length: n }, (_, i): Interval => [2 * i, 2 * i + 1])],
        ['chain', order.map((i): Interval => [i, i + 1]), [[0, n]]],
      ];
      for (const [shape, intervals, expected] of shapes) {
        const start = performance.now();
        const answer = mergeIntervals(intervals);
        spent += (performance.now() - start) / 1000;
        assertSameList(answer, expected, `${shape}, n = ${n}`);
        assert.ok(spent < 1.0, `${spent.toFixed(2)} s by ${shape}, n = ${n}: not O(n log n)`);
      }
    }
    const n = 10_001;
    assertSameList(mergeIntervals(scrambled(n).map((i): Interval => [i, 2 * n - i])), [[0, 2 * n]], 'nested intervals');
  });
});
