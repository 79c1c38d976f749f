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

  test('a large input runs in linear time', () => {
    const nums = new Array<number>(100_000).fill(1);
    assert.equal(canReachEnd(nums), true);
    nums[50_000] = 0;
    assert.equal(canReachEnd(nums), false);
  });
});
