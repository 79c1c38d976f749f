import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MedianFinder } from './solution';

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

function sortedMedian(values: number[]): number {
  const middle = values.length >> 1;
  if (values.length % 2 === 1) return values[middle] ?? NaN;
  return ((values[middle - 1] ?? NaN) + (values[middle] ?? NaN)) / 2;
}

/** Compares with === so that -0 and 0 count as the same median. */
function expectMedian(finder: MedianFinder, expected: number, message = ''): void {
  const actual = finder.findMedian();
  assert.ok(actual === expected, `${message} expected ${expected}, got ${actual}`);
}

describe('MedianFinder', () => {
  test('example 1: a running median', () => {
    const finder = new MedianFinder();
    const steps: [number, number][] = [[40, 40], [100, 70], [10, 40], [70, 55]];
    for (const [num, expected] of steps) {
      finder.addNum(num);
      expectMedian(finder, expected, `after adding ${num}:`);
    }
  });

  test('example 2: repeated values', () => {
    const finder = new MedianFinder();
    for (const num of [5, 5, -3]) finder.addNum(num);
    expectMedian(finder, 5);
  });

  test('a single number', () => {
    const finder = new MedianFinder();
    finder.addNum(-8);
    expectMedian(finder, -8);
  });

  test('an even count averages the middle pair', () => {
    const finder = new MedianFinder();
    finder.addNum(1);
    finder.addNum(2);
    expectMedian(finder, 1.5);
    finder.addNum(-7);
    finder.addNum(4);
    expectMedian(finder, 1.5);
    finder.addNum(-10);
    finder.addNum(-3);
    expectMedian(finder, -1);
  });

  test('sorted and reverse-sorted streams', () => {
    const rising = new MedianFinder();
    const falling = new MedianFinder();
    for (let i = 1; i <= 1000; i++) {
      rising.addNum(i);
      falling.addNum(1001 - i);
      expectMedian(rising, (i + 1) / 2);
      expectMedian(falling, 1001 - (i + 1) / 2);
    }
  });

  test('all equal values', () => {
    const finder = new MedianFinder();
    for (let i = 0; i < 51; i++) {
      finder.addNum(7);
      expectMedian(finder, 7);
    }
  });

  test('extreme values', () => {
    const finder = new MedianFinder();
    finder.addNum(1000000000);
    finder.addNum(-1000000000);
    expectMedian(finder, 0);
    finder.addNum(999999999);
    finder.addNum(1000000000);
    expectMedian(finder, 999999999.5);
  });

  test('asking twice does not change anything', () => {
    const finder = new MedianFinder();
    for (const num of [3, 9, 1]) finder.addNum(num);
    expectMedian(finder, 3);
    expectMedian(finder, 3);
    finder.addNum(4);
    expectMedian(finder, 3.5);
    expectMedian(finder, 3.5);
  });

  test('finders do not share numbers', () => {
    const first = new MedianFinder();
    const second = new MedianFinder();
    first.addNum(1);
    first.addNum(2);
    second.addNum(100);
    expectMedian(first, 1.5);
    expectMedian(second, 100);
    const third = new MedianFinder();
    third.addNum(-5);
    expectMedian(third, -5);
  });

  test('a seeded random stream matches sorting', () => {
    const rng = new Lcg(7);
    const finder = new MedianFinder();
    const seen: number[] = []; // kept sorted
    for (let step = 0; step < 1500; step++) {
      const num = rng.below(2001) - 1000;
      finder.addNum(num);
      let at = seen.findIndex((value) => value > num);
      if (at === -1) at = seen.length;
      seen.splice(at, 0, num);
      expectMedian(finder, sortedMedian(seen), `step ${step}, added ${num}:`);
    }
  });

  test('a long stream answers each call quickly', () => {
    // n = 20,000 values 0..n-1 in a scrambled order, then n - 2 more, alternately from the low
    // and the high end, with a median after each. Two heaps cost O(log n) per add and O(1)
    // per median; sorting the numbers for each median costs O(n log n). The calls run in
    // blocks of 1,000; only the time inside the finder is measured, and the test stops as
    // soon as it passes two seconds (one in Python: the pauses of JavaScript's garbage
    // collector while the heaps grow take a larger share of a fast reference's time).
    const n = 20_000;
    const calls: ['add' | 'median', number][] = [];
    for (let i = 0; i < n; i++) calls.push(['add', (i * 7919) % n]); // every value 0..n-1 once, scrambled
    calls.push(['median', (n - 1) / 2]);
    for (let k = 0; k < n / 2 - 1; k++) {
      // Adding k puts n / 2 - 1 in the middle; adding n - 1 - k restores the balance.
      calls.push(['add', k], ['median', n / 2 - 1], ['add', n - 1 - k], ['median', (n - 1) / 2]);
    }
    const finder = new MedianFinder();
    let spent = 0;
    for (let first = 0; first < calls.length; first += 1000) {
      const block = calls.slice(first, first + 1000);
      const medians: number[] = [];
      const start = performance.now();
      for (const [method, value] of block) {
        if (method === 'add') finder.addNum(value);
        else medians.push(finder.findMedian());
      }
      spent += (performance.now() - start) / 1000;
      const expected = block.filter(([method]) => method === 'median').map(([, value]) => value);
      assert.deepEqual(medians, expected, `the medians among calls ${first} to ${first + block.length - 1}`);
      assert.ok(spent < 2, `${spent.toFixed(2)} s in the finder after ${first + block.length} calls: too slow per call`);
    }
  });
});
