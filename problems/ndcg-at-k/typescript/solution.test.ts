import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dcgAtK, ndcgAtK } from './solution';

function assertClose(actual: number, expected: number, tolerance = 1e-6, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

/** Seeded uniform generator in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('dcgAtK', () => {
  test('example 1: DCG and ideal DCG', () => {
    assertClose(dcgAtK([3, 2, 3, 0, 1, 2], 3), 7 + 3 / Math.log2(3) + 3.5);
    assertClose(dcgAtK([3, 3, 2], 3), 12.916508275000202);
  });

  test('the discount starts at position one', () => {
    // position 1 -> log2(2) = 1, position 2 -> log2(3), position 3 -> log2(4) = 2
    assertClose(dcgAtK([1], 1), 1);
    assertClose(dcgAtK([0, 1], 2), 1 / Math.log2(3));
    assertClose(dcgAtK([0, 0, 2], 3), 1.5);
    assertClose(dcgAtK([2, 1], 5), 3 + 1 / Math.log2(3));
  });
});

describe('ndcgAtK', () => {
  test('example 1: every judged item returned', () => {
    const ranked = [3, 2, 3, 0, 1, 2];
    assertClose(ndcgAtK(ranked, [3, 2, 3, 0, 1, 2], 3), 0.9594535145926796);
    assertClose(ndcgAtK(ranked, [0, 1, 2, 2, 3, 3], 6), 0.9488107485678985, 1e-6, 'the judged labels may come in any order:');
  });

  test('example 2: the ideal includes judged items the model missed', () => {
    // The list is in the best order of its own items, but the judged item labelled 3 is missing.
    assertClose(ndcgAtK([2, 1, 0], [3, 2, 1, 0], 3), 0.38656565720663316);
    // Binary relevance: two relevant judged items, both returned, then a third one missed.
    assertClose(ndcgAtK([0, 1, 1], [1, 1], 3), 0.6934264036172708);
    assertClose(ndcgAtK([0, 1, 1], [1, 1, 1], 3), 0.5307212739772434);
    assertClose(ndcgAtK([1, 1], [1, 1, 0, 1], 2), 1, 1e-6, 'the missed item is below the cutoff of the ideal:');
  });

  test('example 3: a relevant item below the cutoff', () => {
    assertClose(ndcgAtK([0, 0, 1], [1, 0, 0], 2), 0);
    assertClose(ndcgAtK([0, 0, 1], [1, 0, 0], 3), 0.5);
  });

  test('example 4: nothing relevant gives zero', () => {
    assert.equal(ndcgAtK([0, 0, 0], [0, 0], 3), 0);
    assert.equal(ndcgAtK([], [], 5), 0);
    assert.equal(ndcgAtK([0, 0], [], 2), 0);
    assert.equal(dcgAtK([], 5), 0);
  });

  test('an empty ranked list with relevant judged items scores zero', () => {
    assert.equal(ndcgAtK([], [2, 1], 3), 0);
  });

  test('the ideal order scores one', () => {
    assertClose(ndcgAtK([3, 2, 1], [1, 2, 3], 2), 1);
    assertClose(ndcgAtK([2, 2, 0, 0], [2, 0, 2, 0], 4), 1);
    assertClose(ndcgAtK([1, 0], [0, 1], 1), 1);
  });

  test('the reversed order', () => {
    assertClose(ndcgAtK([0, 1, 2, 3], [3, 2, 1, 0], 4), 0.547831481922746);
  });

  test('k larger than the list uses the whole list', () => {
    assertClose(ndcgAtK([2, 0, 1], [1, 0, 2], 10), 0.9639404333166532);
    assertClose(ndcgAtK([0, 1], [1, 0], 5), 1 / Math.log2(3));
    assertClose(ndcgAtK([2, 0, 1], [1, 0, 2], 10), ndcgAtK([2, 0, 1], [1, 0, 2], 3), 1e-9);
  });

  test('a short ranked list still has the full ideal', () => {
    // One item returned, two judged items labelled 2: IDCG@5 = 3 + 3 / log2(3), not 3.
    assertClose(ndcgAtK([2], [2, 2], 5), 0.6131471927654584);
    assertClose(ndcgAtK([2, 0], [2, 2, 0], 5), 0.6131471927654584);
  });

  test('labels up to ten sort numerically', () => {
    assertClose(ndcgAtK([10, 2], [2, 10, 1], 2), 1);
    assertClose(ndcgAtK([2, 10], [10, 2, 1], 2), 0.6326916773132347);
  });

  test('fractional relevances', () => {
    assertClose(ndcgAtK([0.5, 1.5, 0], [0, 0.5, 1.5], 3), 0.7502380880157817);
  });

  test('the inputs are not modified', () => {
    const ranked = [0, 3, 1, 2];
    const judged = [1, 0, 3, 2, 2];
    ndcgAtK(ranked, judged, 4);
    assert.deepEqual(ranked, [0, 3, 1, 2]);
    assert.deepEqual(judged, [1, 0, 3, 2, 2]);
  });

  test('a large input runs fast', () => {
    const rng = mulberry32(42);
    const relevances = Array.from({ length: 100_000 }, () => Math.floor(rng() * 5));
    const top = [...relevances].sort((a, b) => b - a);
    assertClose(ndcgAtK(top, relevances, 100_000), 1);
    const value = ndcgAtK(relevances, relevances, 1000);
    assert.ok(value > 0 && value < 1, `a shuffled list should score strictly between 0 and 1, got ${value}`);
    // A list of 1,000 items labelled 3 while more than 1,000 judged items are labelled 4: 7 / 15.
    const threes = new Array<number>(1000).fill(3);
    assertClose(ndcgAtK(threes, relevances, 1000), 7 / 15);
  });
});
