import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KthLargest } from './solution';

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

describe('KthLargest', () => {
  test('example 1: a top-three board', () => {
    const board = new KthLargest(3, [50, 20, 80, 40]);
    for (const [val, expected] of [[30, 40], [60, 50], [45, 50], [90, 60], [10, 60]] as const) {
      assert.equal(board.add(val), expected, `after adding ${val}`);
    }
  });

  test('example 2: starting with k - 1 values', () => {
    const board = new KthLargest(2, [7]);
    assert.equal(board.add(3), 3);
    assert.equal(board.add(9), 7);
    assert.equal(board.add(7), 7);
  });

  test('example 3: k = 1 and no initial values', () => {
    const board = new KthLargest(1, []);
    assert.equal(board.add(-5), -5);
    assert.equal(board.add(-2), -2);
    assert.equal(board.add(-9), -2);
  });

  test('duplicates count separately', () => {
    const board = new KthLargest(3, [5, 5, 5]);
    assert.equal(board.add(5), 5);
    assert.equal(board.add(6), 5);
    assert.equal(board.add(7), 5);
    assert.equal(board.add(8), 6);
  });

  test('more initial values than k', () => {
    const board = new KthLargest(2, [1, 9, 3, 7, 5]);
    assert.equal(board.add(2), 7);
    assert.equal(board.add(0), 7);
    assert.equal(board.add(8), 8);
    assert.equal(board.add(10), 9);
  });

  test('every value counts while there are only k', () => {
    const board = new KthLargest(4, [10, -10, 0]);
    assert.equal(board.add(5), -10);
    assert.equal(board.add(-20), -10);
    assert.equal(board.add(1), 0);
    assert.equal(board.add(100000), 1);
  });

  test('boards do not share values', () => {
    const first = new KthLargest(2, [1, 2]);
    const second = new KthLargest(2, [100, 200]);
    assert.equal(first.add(0), 1);
    assert.equal(second.add(300), 200);
    assert.equal(first.add(3), 2);
    assert.equal(second.add(-100000), 200);
  });

  test('seeded random streams match sorting', () => {
    const rng = new Lcg(42);
    for (let c = 0; c < 60; c++) {
      const k = 1 + rng.below(8);
      const initial = k - 1 + rng.below(10);
      const seen: number[] = [];
      for (let i = 0; i < initial; i++) seen.push(rng.below(41) - 20);
      const board = new KthLargest(k, [...seen]);
      for (let step = 0; step < 40; step++) {
        const val = rng.below(41) - 20;
        seen.push(val);
        const expected = [...seen].sort((a, b) => b - a)[k - 1];
        assert.equal(board.add(val), expected, `case ${c}, k=${k}, step ${step}: add(${val})`);
      }
    }
  });

  test('the constructor does not modify nums', () => {
    const nums = [5, 1, 4, 2, 3];
    const board = new KthLargest(2, nums);
    assert.deepEqual(nums, [5, 1, 4, 2, 3]);
    assert.equal(board.add(0), 4);
  });

  test('a long stream answers each add quickly', () => {
    // 10,000 scores to start, then 20,000 adds (the most the statement allows). A min-heap of
    // the k best answers each add in O(log k); sorting every score on each add costs
    // O(n log n) per add. The test stops as soon as the adds so far have taken more than a
    // second.
    const k = 1000;
    const nums: number[] = [];
    for (let i = 0; i < 10000; i++) nums.push((i * 7919) % 10000); // 0..9999, scrambled
    const start = performance.now();
    const board = new KthLargest(k, nums);
    const adds: [number, number][] = [];
    for (let val = 10000; val < 29000; val++) adds.push([val, val - k + 1]);
    for (let i = 0; i < 1000; i++) adds.push([-1, 28000]);
    let count = 0;
    for (const [val, expected] of adds) {
      assert.equal(board.add(val), expected, `add(${val})`);
      count++;
      const elapsed = (performance.now() - start) / 1000;
      assert.ok(elapsed < 1, `${elapsed.toFixed(2)} s after ${count} adds: too slow per add`);
    }
  });
});
