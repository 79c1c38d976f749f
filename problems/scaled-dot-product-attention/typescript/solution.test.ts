import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { attentionWeights, causalMask, multiHeadAttention, scaledDotProductAttention } from './solution';

const TOL = 1e-9; // every float is compared with an absolute tolerance of 1e-9

function assertMatrixClose(actual: number[][], expected: number[][], tolerance = TOL): void {
  const message = `${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
  assert.equal(actual.length, expected.length, message);
  actual.forEach((row, i) => {
    const other = expected[i] ?? [];
    assert.equal(row.length, other.length, message);
    row.forEach((x, j) => assert.ok(Math.abs(x - (other[j] ?? NaN)) <= tolerance, `[${i}][${j}]: ${message}`));
  });
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Park-Miller generator: the same uniform sequence in [0, 1) as the Python tests. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function randomMatrix(rng: () => number, rows: number, cols: number, scale: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * (2 * rng() - 1)));
}

describe('scaled dot-product attention', () => {
  test('example: one query, two keys', () => {
    const w = sigmoid(1 / Math.sqrt(2)); // scores 1/sqrt(2) and 0
    assertMatrixClose(attentionWeights([[1, 0]], [[1, 0], [0, 1]]), [[w, 1 - w]]);
    const out = scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]]);
    assertMatrixClose(out, [[w * 1 + (1 - w) * 3, w * 2 + (1 - w) * 4]]);
    assertMatrixClose(out, [[1.6604769013466862, 2.6604769013466862]]);
  });

  test('equal scores average the values', () => {
    const out = scaledDotProductAttention([[0, 0], [3, 3]], [[1, -1], [2, -2], [-5, 5]], [[3, 0], [0, 6], [6, 3]]);
    assertMatrixClose(out, [[3, 3], [3, 3]]);
  });

  test('scores are divided by sqrt(d_k)', () => {
    // d_k = 4: scores 4 / sqrt(4) = 2 and 0. Without scaling they would be 4 and 0; dividing by d_k gives 1 and 0.
    const w = sigmoid(2);
    assertMatrixClose(attentionWeights([[1, 1, 1, 1]], [[1, 1, 1, 1], [0, 0, 0, 0]]), [[w, 1 - w]]);
    assertMatrixClose(scaledDotProductAttention([[1, 1, 1, 1]], [[1, 1, 1, 1], [0, 0, 0, 0]], [[10], [0]]), [[10 * w]]);
  });

  test('the causal mask helper and causal values', () => {
    assert.deepEqual(causalMask(1), [[true]]);
    assert.deepEqual(causalMask(3), [[true, false, false], [true, true, false], [true, true, true]]);
    const X = [[1, 0], [0, 1], [1, 1]];
    const w = sigmoid(1 / Math.sqrt(2));
    const a = Math.exp(1 / Math.sqrt(2));
    const b = Math.exp(2 / Math.sqrt(2));
    const weights = attentionWeights(X, X, causalMask(3));
    assertMatrixClose(weights, [[1, 0, 0], [1 - w, w, 0], [a / (2 * a + b), a / (2 * a + b), b / (2 * a + b)]]);
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) assert.ok(weights[i]?.[j] === 0, 'a future position gets exactly zero weight');
    }
    assertMatrixClose(scaledDotProductAttention(X, X, X, causalMask(3)), [[1, 0], [1 - w, w], [(a + b) / (2 * a + b), (a + b) / (2 * a + b)]]);
  });

  test('a padding mask hides keys', () => {
    // The last key is padding: hidden from both queries. Its huge value must not leak in.
    const Q = [[1, 0], [0, 2]];
    const K = [[1, 0], [0, 1], [50, 50]];
    const V = [[1, 0], [0, 1], [1000, 1000]];
    const mask = [[true, true, false], [true, true, false]];
    const w0 = sigmoid(1 / Math.sqrt(2));
    const w1 = sigmoid(2 / Math.sqrt(2));
    assertMatrixClose(attentionWeights(Q, K, mask), [[w0, 1 - w0, 0], [1 - w1, w1, 0]]);
    assertMatrixClose(scaledDotProductAttention(Q, K, V, mask), [[w0, 1 - w0], [1 - w1, w1]]);
  });

  test('a fully masked row gives zeros', () => {
    const mask = [[false, false], [true, false]];
    assertMatrixClose(attentionWeights([[1, 2], [3, 4]], [[1, 0], [0, 1]], mask), [[0, 0], [1, 0]]);
    const out = scaledDotProductAttention([[1, 2], [3, 4]], [[1, 0], [0, 1]], [[5, 6, 7], [8, 9, 10]], mask);
    assertMatrixClose(out, [[0, 0, 0], [5, 6, 7]]);
    for (const x of out[0] ?? []) assert.ok(!Number.isNaN(x), 'a fully masked row must not be NaN');
  });

  test('large logits are stable', () => {
    // Scores are about 1414.2 and 1415.6: exp of either overflows a float.
    const w = sigmoid((-2000 * 0.001) / Math.sqrt(2));
    const out = scaledDotProductAttention([[2000, 2000]], [[1, 0], [0, 1.001]], [[1, 2], [3, 4]]);
    assertMatrixClose(out, [[w + 3 * (1 - w), 2 * w + 4 * (1 - w)]], 1e-7);
    assertMatrixClose(attentionWeights([[-3000, 0], [3000, 0]], [[1, 0], [-1, 0]]), [[0, 1], [1, 0]]);
    // Scores of -1e6 everywhere: exp of each underflows to 0 without the max shift.
    assertMatrixClose(attentionWeights([[-1000, -1000]], [[707.1, 707.1], [707.1, 707.1]]), [[0.5, 0.5]]);
  });

  test('rows are distributions and shift invariant', () => {
    const rng = lcg(12345);
    for (let r = 0; r < 20; r++) {
      const nq = 1 + Math.floor(4 * rng());
      const nk = 1 + Math.floor(5 * rng());
      const d = 1 + Math.floor(4 * rng());
      const Q = randomMatrix(rng, nq, d, 3);
      const K = randomMatrix(rng, nk, d, 3);
      const weights = attentionWeights(Q, K);
      for (const row of weights) {
        assert.ok(Math.abs(row.reduce((a, b) => a + b, 0) - 1) <= TOL);
        assert.ok(row.every((x) => x >= 0 && x <= 1));
      }
      // Adding the same vector c to every key adds q.c / sqrt(d) to a whole row of scores: same weights.
      const c = randomMatrix(rng, 1, d, 50)[0] ?? [];
      const shifted = K.map((row) => row.map((k, j) => k + (c[j] ?? 0)));
      assertMatrixClose(attentionWeights(Q, shifted), weights, 1e-7);
    }
  });

  test('multi-head splits contiguous column blocks', () => {
    // Head 0 gets columns 0-1 and attends to key 0; head 1 gets columns 2-3 and attends to key 1.
    const out = multiHeadAttention([[10, 0, 0, 10]], [[10, 0, 0, 0], [0, 0, 0, 10]], [[1, 2, 3, 4], [5, 6, 7, 8]], 2);
    assertMatrixClose(out, [[1, 2, 7, 8]], 1e-6);
  });

  test('multi-head scales by the head width', () => {
    // Each head has width 2, so each head's best score is 2 / sqrt(2), not 2 / sqrt(4).
    const w = sigmoid(Math.sqrt(2));
    const out = multiHeadAttention([[1, 1, 2, 0]], [[1, 1, 0, 0], [0, 0, 1, 1]], [[1, 2, 3, 4], [5, 6, 7, 8]], 2);
    assertMatrixClose(out, [[w + 5 * (1 - w), 2 * w + 6 * (1 - w), 3 * (1 - w) + 7 * w, 4 * (1 - w) + 8 * w]]);
  });

  test('multi-head agrees with per-head attention', () => {
    const rng = lcg(777);
    const Q = randomMatrix(rng, 3, 6, 2);
    const K = randomMatrix(rng, 4, 6, 2);
    const V = randomMatrix(rng, 4, 3, 2);
    const mask = [[true, false, true, false], [false, false, false, false], [true, true, true, true]];
    assertMatrixClose(multiHeadAttention(Q, K, V, 1, mask), scaledDotProductAttention(Q, K, V, mask));
    const expected: number[][] = Q.map(() => []);
    for (let h = 0; h < 3; h++) {
      // widths 6 / 3 = 2 for Q and K, 3 / 3 = 1 for V
      const part = scaledDotProductAttention(
        Q.map((r) => r.slice(2 * h, 2 * h + 2)),
        K.map((r) => r.slice(2 * h, 2 * h + 2)),
        V.map((r) => r.slice(h, h + 1)),
        mask,
      );
      part.forEach((extra, i) => expected[i]?.push(...extra));
    }
    assertMatrixClose(multiHeadAttention(Q, K, V, 3, mask), expected);
    assertMatrixClose([multiHeadAttention(Q, K, V, 3, mask)[1] ?? []], [[0, 0, 0]], 0);
  });

  test('invalid shapes throw', () => {
    assertMatrixClose(multiHeadAttention([[1, 2]], [[1, 2]], [[3, 4]], 2), [[3, 4]]);
    assert.throws(() => attentionWeights([[1, 2]], [[1, 2, 3]]), Error); // d_k differs
    assert.throws(() => scaledDotProductAttention([[1, 2]], [[1, 2], [3, 4]], [[1]]), Error); // one value row for two keys
    assert.throws(() => attentionWeights([[1, 2]], [[1, 2]], [[true, true]]), Error); // mask is 1 x 2 for one key
    assert.throws(() => multiHeadAttention([[1, 2, 3]], [[1, 2, 3]], [[1, 2, 3]], 2), Error); // 3 columns do not split into 2 heads
    assert.throws(() => multiHeadAttention([[1, 2]], [[1, 2]], [[1, 2]], 0), Error);
  });

  test('the inputs are not modified', () => {
    const Q = [[1, 2], [0.5, -1]];
    const K = [[0, 1], [2, 2]];
    const V = [[1, 0], [0, 1]];
    const mask = causalMask(2);
    const saved = JSON.stringify([Q, K, V, mask]);
    attentionWeights(Q, K, mask);
    scaledDotProductAttention(Q, K, V, mask);
    multiHeadAttention(Q, K, V, 2, mask);
    assert.equal(JSON.stringify([Q, K, V, mask]), saved);
  });
});
