import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { crossEntropy, logSoftmax, softmax } from './solution';

function assertClose(actual: number, expected: number, tolerance = 1e-6, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

function assertAllClose(actual: number[], expected: number[], tolerance = 1e-6): void {
  assert.equal(actual.length, expected.length);
  expected.forEach((e, i) => assertClose(actual[i] ?? NaN, e, tolerance, `index ${i}:`));
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

const SMALL = [0.09003057317038043, 0.24472847105479764, 0.6652409557748218];
const sum = (values: number[]): number => values.reduce((total, x) => total + x, 0);

describe('stable softmax and cross-entropy', () => {
  test('example 1: small logits', () => {
    assertAllClose(softmax([1, 2, 3]), SMALL);
  });

  test('example 1: large logits do not overflow', () => {
    assertAllClose(softmax([1000, 1001, 1002]), SMALL);
  });

  test('very negative logits do not underflow', () => {
    assertAllClose(softmax([-1000, -1001, -1002]), [...SMALL].reverse());
    assertAllClose(logSoftmax([-1000, -1001, -1002]), [-0.4076059644443804, -1.4076059644443804, -2.4076059644443806]);
  });

  test('example 2: logSoftmax and crossEntropy', () => {
    assertAllClose(logSoftmax([1000, 1001, 1002]), [-2.4076059644443806, -1.4076059644443804, -0.4076059644443804]);
    assertClose(crossEntropy([1000, 1001, 1002], 0), 2.4076059644443806);
    assertClose(crossEntropy([1000, 1001, 1002], 2), 0.4076059644443804);
    assertClose(crossEntropy([2, -1, 0.5], 1), 3.241311296657157);
  });

  test('example 3: cross-entropy far in the tail', () => {
    assertClose(crossEntropy([0, -1000], 1), 1000);
    assertAllClose(logSoftmax([1000, -1000]), [0, -2000]);
    assertAllClose(softmax([1000, -1000]), [1, 0]);
  });

  test('the largest logit need not come first', () => {
    // Shifting by any logit other than the largest still overflows when the spread is wide.
    assertAllClose(softmax([-1000, 0, 1000]), [0, 0, 1]);
    assertAllClose(logSoftmax([-500, 500]), [-1000, 0]);
    assertClose(crossEntropy([-800, 0], 0), 800);
  });

  test('a single logit', () => {
    assertAllClose(softmax([5]), [1]);
    assertAllClose(logSoftmax([-7.5]), [0]);
    assertClose(crossEntropy([123], 0), 0);
  });

  test('equal logits give a uniform distribution', () => {
    assertAllClose(softmax([3, 3, 3, 3]), [0.25, 0.25, 0.25, 0.25]);
    assertClose(crossEntropy(new Array<number>(10).fill(-50), 7), Math.log(10));
  });

  test('sums to one, shift invariant and consistent', () => {
    const rng = mulberry32(11);
    for (let r = 0; r < 30; r++) {
      const n = 1 + Math.floor(rng() * 20);
      const logits = Array.from({ length: n }, () => -30 + 60 * rng());
      const probs = softmax(logits);
      assertClose(sum(probs), 1, 1e-9);
      assert.ok(probs.every((p) => p >= 0 && p <= 1));
      assertAllClose(softmax(logits.map((x) => x + 700)), probs, 1e-9);
      assertAllClose(logSoftmax(logits).map(Math.exp), probs, 1e-9);
      const t = Math.floor(rng() * n);
      assertClose(crossEntropy(logits, t), -(logSoftmax(logits)[t] ?? NaN), 1e-9);
    }
  });

  test('invalid inputs throw', () => {
    assertClose(crossEntropy([1, 1], 1), Math.log(2));
    assert.throws(() => softmax([]), Error);
    assert.throws(() => logSoftmax([]), Error);
    assert.throws(() => crossEntropy([], 0), Error);
    assert.throws(() => crossEntropy([1, 2, 3], 3), Error);
    assert.throws(() => crossEntropy([1, 2, 3], -1), Error);
  });

  test('the input is not modified', () => {
    const logits = [3, 1, 2];
    softmax(logits);
    logSoftmax(logits);
    crossEntropy(logits, 0);
    assert.deepEqual(logits, [3, 1, 2]);
  });

  test('a large input runs fast', () => {
    const rng = mulberry32(5);
    // 200,000 logits: too many arguments to spread into Math.max(...logits).
    const logits = Array.from({ length: 200_000 }, () => -500 + 1000 * rng());
    logits[123] = 900;
    assertClose(sum(softmax(logits)), 1, 1e-9);
    assertClose(crossEntropy(logits, 123), 0);
    assert.ok(crossEntropy(logits, 0) > 0);
  });
});
