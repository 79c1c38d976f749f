import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canReachEnd } from './solution';

describe('canReachEnd', () => {
  test('example 1 reaches the end', () => {
    assert.equal(canReachEnd([2, 3, 1, 1, 4]), true);
  });

  test('example 2 is stuck on a zero', () => {
    assert.equal(canReachEnd([3, 2, 1, 0, 4]), false);
  });

  test('a single element is already there', () => {
    assert.equal(canReachEnd([0]), true);
  });

  test('a zero at the start of a longer list', () => {
    assert.equal(canReachEnd([0, 1]), false);
  });

  test('a zero can be jumped over', () => {
    assert.equal(canReachEnd([2, 0, 0]), true);
  });

  test('a zero on the last index does not matter', () => {
    assert.equal(canReachEnd([1, 1, 0]), true);
  });

  test('a long gap needs an early big jump', () => {
    assert.equal(canReachEnd([5, 1, 1, 1, 0, 0, 1]), false);
    assert.equal(canReachEnd([6, 1, 1, 1, 0, 0, 1]), true);
  });

  test('the full jump can land on a zero', () => {
    assert.equal(canReachEnd([2, 5, 0, 0]), true);
  });

  test('a jump of middle length is the only way', () => {
    assert.equal(canReachEnd([3, 0, 5, 0, 0, 0]), true);
  });

  test('a zero in the middle that cannot be jumped over', () => {
    assert.equal(canReachEnd([1, 0, 2, 0]), false);
    assert.equal(canReachEnd([2, 1, 0, 3, 0]), false);
  });

  test('a zero deep in a long list', () => {
    const nums = new Array<number>(100_000).fill(1);
    assert.equal(canReachEnd(nums), true);
    nums[50_000] = 0;
    assert.equal(canReachEnd(nums), false);
  });

  test('large inputs run in linear time', () => {
    // Staircases k, k-1, ..., 1, 0, 1 of growing k up to 100,000 (50,000 in the Python tests,
    // which run the same loops many times slower): every route ends on the 0 at index k.
    // Trying every jump length costs about k * k / 2 steps; one greedy pass costs k.
    // Only the time inside canReachEnd is measured, and the test stops as soon as it passes
    // half a second (a second in Python).
    let spent = 0;
    for (let k = 1000; k + 2 <= 100_000; k = Math.floor((k * 5) / 4)) {
      const nums: number[] = [];
      for (let value = k; value >= 0; value--) nums.push(value);
      nums.push(1);
      const start = performance.now();
      const answer = canReachEnd(nums);
      spent += (performance.now() - start) / 1000;
      assert.equal(answer, false, `k = ${k}`);
      assert.ok(spent < 0.5, `${spent.toFixed(2)} s by k = ${k}: not linear time`);
    }
  });
});
