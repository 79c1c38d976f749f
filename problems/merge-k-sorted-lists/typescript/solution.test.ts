import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeKSorted } from './solution';

const range = (start: number, end: number): number[] => Array.from({ length: end - start }, (_, i) => start + i);

describe('mergeKSorted', () => {
  test('example 1: three lists', () => {
    assert.deepEqual(mergeKSorted([[1, 4, 5], [1, 3, 4], [2, 6]]), [1, 1, 2, 3, 4, 4, 5, 6]);
  });

  test('example 2: no lists', () => {
    assert.deepEqual(mergeKSorted([]), []);
  });

  test('example 3: empty lists contribute nothing', () => {
    assert.deepEqual(mergeKSorted([[], [7], []]), [7]);
    assert.deepEqual(mergeKSorted([[], []]), []);
  });

  test('a single list comes back unchanged', () => {
    assert.deepEqual(mergeKSorted([[-3, 0, 0, 8]]), [-3, 0, 0, 8]);
  });

  test('negative values and duplicates across lists', () => {
    assert.deepEqual(mergeKSorted([[-5, -5, 2], [-5, 0], [2, 2, 2]]), [-5, -5, -5, 0, 2, 2, 2, 2]);
  });

  test('lists of very different lengths', () => {
    assert.deepEqual(mergeKSorted([[10], range(0, 9), [4, 100]]), [0, 1, 2, 3, 4, 4, 5, 6, 7, 8, 10, 100]);
  });

  test('one list entirely before another', () => {
    assert.deepEqual(mergeKSorted([[7, 8, 9], [1, 2, 3], [4, 5, 6]]), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('the input is not modified', () => {
    const lists = [[1, 3], [2], [], [0, 4]];
    const result = mergeKSorted(lists);
    assert.deepEqual(result, [0, 1, 2, 3, 4]);
    assert.deepEqual(lists, [[1, 3], [2], [], [0, 4]]);
    result.push(99);
    assert.deepEqual(lists, [[1, 3], [2], [], [0, 4]], 'the result must be a new list');
  });

  test('long lists: 20 lists of 2,000', () => {
    const interleaved = range(0, 20).map((i) => range(0, 2000).map((j) => i + 20 * j));
    assert.deepEqual(mergeKSorted(interleaved), range(0, 40_000));
    const blocks = range(0, 20).map((i) => range(0, 2000).map((j) => 1_000_000 - 2000 * (i + 1) + j));
    assert.deepEqual(mergeKSorted(blocks), range(960_000, 1_000_000));
  });

  test('many short lists merge in O(N log k) time', () => {
    // k lists of 4 interleaved values, for growing k up to 10,000 (the Python test stops at
    // 5,000 lists of 2: CPython runs the slow loops many times slower). Scanning every front
    // for each value, or merging the lists into the result one at a time, costs O(N * k); a
    // heap of the fronts costs O(N log k). Only the time inside the calls is measured, and the
    // test stops as soon as it passes a second.
    let spent = 0;
    for (let k = 500; k <= 10_000; k = Math.floor((k * 5) / 4)) {
      const lists = range(0, k).map((i) => range(0, 4).map((j) => i + j * k));
      const start = performance.now();
      const merged = mergeKSorted(lists);
      spent += (performance.now() - start) / 1000;
      assert.deepEqual(merged, range(0, 4 * k), `k = ${k}`);
      assert.ok(spent < 1, `${spent.toFixed(2)} s by k = ${k}: not O(N log k)`);
    }
  });
});
