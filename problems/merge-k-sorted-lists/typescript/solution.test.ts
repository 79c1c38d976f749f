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

  test('a large input: 200 lists of 500', () => {
    const interleaved = range(0, 200).map((i) => range(0, 500).map((j) => i + 200 * j));
    assert.deepEqual(mergeKSorted(interleaved), range(0, 100_000));
    const blocks = range(0, 200).map((i) => range(0, 500).map((j) => 1_000_000 - 500 * (i + 1) + j));
    assert.deepEqual(mergeKSorted(blocks), range(900_000, 1_000_000));
    const manySingle = range(0, 20_000).map((i) => [(i * 7919) % 20_000]);
    assert.deepEqual(mergeKSorted(manySingle), range(0, 20_000));
  });
});
