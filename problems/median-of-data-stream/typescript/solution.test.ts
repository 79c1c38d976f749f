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
    const seen: number[] = [];
    for (let step = 0; step < 3000; step++) {
      const num = rng.below(2001) - 1000;
      finder.addNum(num);
      seen.push(num);
      expectMedian(finder, sortedMedian([...seen].sort((a, b) => a - b)), `step ${step}, added ${num}:`);
    }
  });

  test('a large stream runs fast', () => {
    const n = 100000;
    const scrambled = new MedianFinder();
    for (let i = 0; i < n; i++) scrambled.addNum((i * 7919) % n); // every value 0..n-1 once, in a scrambled order
    expectMedian(scrambled, (n - 1) / 2);
    // Alternate between the two ends: 0, n - 1, 1, n - 2, ...
    const ends = new MedianFinder();
    for (let k = 0; k < n / 2; k++) {
      ends.addNum(k);
      expectMedian(ends, k);
      ends.addNum(n - 1 - k);
      expectMedian(ends, (n - 1) / 2);
    }
  });
});
