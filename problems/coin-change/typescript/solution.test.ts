import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { minCoins } from './solution';

describe('minCoins', () => {
  test('example 1: three coins', () => {
    assert.equal(minCoins([1, 2, 5], 11), 3);
  });

  test('example 2: impossible', () => {
    assert.equal(minCoins([2], 3), -1);
  });

  test('example 3: zero amount', () => {
    assert.equal(minCoins([1], 0), 0);
  });

  test('greedy is not enough', () => {
    assert.equal(minCoins([1, 3, 4], 6), 2);
  });

  test('a single coin, exact', () => {
    assert.equal(minCoins([7], 7), 1);
  });

  test('coins larger than the amount', () => {
    assert.equal(minCoins([5, 10], 3), -1);
  });

  test('huge coin values do not break it', () => {
    assert.equal(minCoins([2147483647, 3], 9), 3);
  });

  test('every coin can be used many times', () => {
    assert.equal(minCoins([1, 7], 6), 6);
    assert.equal(minCoins([4, 9], 36), 4);
  });

  test('a large amount runs fast', () => {
    assert.equal(minCoins([3, 7, 405, 436], 8839), 25);
    assert.equal(minCoins([29, 53, 97, 211], 9973), 55);
  });
});
