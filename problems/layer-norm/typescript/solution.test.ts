import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { layerNormBackward, layerNormForward } from './solution';

const TOL = 1e-9; // forward values and exact identities; numerical-gradient comparisons use 1e-6

type Nested = number | Nested[];
function assertNestedClose(actual: Nested, expected: Nested, tolerance: number, name = ''): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${name}: expected a list, got ${JSON.stringify(actual)}`);
    assert.equal(actual.length, expected.length, `${name}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
    expected.forEach((e, i) => assertNestedClose(actual[i] ?? NaN, e, tolerance, `${name}[${i}]`));
  } else {
    assert.ok(typeof actual === 'number' && Math.abs(actual - expected) <= tolerance, `${name}: expected ${expected}, got ${JSON.stringify(actual)}`);
  }
}

/** Park-Miller generator: the same uniform sequence in [0, 1) as the Python tests. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function uniformMatrix(rng: () => number, rows: number, cols: number, low: number, high: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => low + (high - low) * rng()));
}

/** The test's own layer norm: per row, biased variance, eps inside the square root. */
function expectedForward(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  return x.map((row) => {
    const mu = row.reduce((a, b) => a + b, 0) / row.length;
    const sigma = Math.sqrt(row.reduce((s, v) => s + (v - mu) ** 2, 0) / row.length + eps);
    return row.map((v, j) => ((gamma[j] ?? NaN) * (v - mu)) / sigma + (beta[j] ?? NaN));
  });
}

/** L = sum of dy * y, so dL/dy = dy. */
function weightedSum(dy: number[][], y: number[][]): number {
  return dy.reduce((s, row, i) => s + row.reduce((t, a, j) => t + a * (y[i]?.[j] ?? NaN), 0), 0);
}

function numericalGradients(dy: number[][], x: number[][], gamma: number[], beta: number[], eps: number, h = 1e-5): [number[][], number[], number[]] {
  const loss = (x_: number[][], g_: number[], b_: number[]): number => weightedSum(dy, expectedForward(x_, g_, b_, eps));
  const bump = (v: number[], j: number, delta: number): number[] => v.map((e, k) => (k === j ? e + delta : e));
  const dx = x.map((row, i) =>
    row.map((_, j) => {
      const plus = x.map((r, k) => (k === i ? bump(r, j, h) : r));
      const minus = x.map((r, k) => (k === i ? bump(r, j, -h) : r));
      return (loss(plus, gamma, beta) - loss(minus, gamma, beta)) / (2 * h);
    }),
  );
  const dgamma = gamma.map((_, j) => (loss(x, bump(gamma, j, h), beta) - loss(x, bump(gamma, j, -h), beta)) / (2 * h));
  const dbeta = beta.map((_, j) => (loss(x, gamma, bump(beta, j, h)) - loss(x, gamma, bump(beta, j, -h))) / (2 * h));
  return [dx, dgamma, dbeta];
}

describe('layer normalisation', () => {
  test('example: one row', () => {
    const s = Math.sqrt(2 / 3 + 1e-5);
    const out = layerNormForward([[1, 2, 3]], [1, 1, 1], [0, 0, 0]);
    assertNestedClose(out, [[-1 / s, 0, 1 / s]], TOL);
    assertNestedClose(out, [[-1.2247356859083902, 0, 1.2247356859083902]], TOL);
  });

  test('gamma and beta are per feature', () => {
    const out = layerNormForward([[1, 2, 3], [10, 0, -10]], [2, 1, 0.5], [0, 1, -1]);
    assertNestedClose(out, expectedForward([[1, 2, 3], [10, 0, -10]], [2, 1, 0.5], [0, 1, -1], 1e-5), TOL);
    const s1 = Math.sqrt(2 / 3 + 1e-5);
    const s2 = Math.sqrt(200 / 3 + 1e-5);
    assertNestedClose(out, [[-2 / s1, 1, 0.5 / s1 - 1], [20 / s2, 1, -5 / s2 - 1]], TOL);
  });

  test('eps goes inside the square root', () => {
    // Variance 1 and eps 1: divide by sqrt(2), not by 1 + 1.
    assertNestedClose(layerNormForward([[0, 2]], [1, 1], [0, 0], 1), [[-1 / Math.sqrt(2), 1 / Math.sqrt(2)]], TOL);
    // Variance 2.5e-7, smaller than eps = 1e-5: eps dominates and the output stays small.
    const expected = 0.0005 / Math.sqrt(2.5e-7 + 1e-5);
    assertNestedClose(layerNormForward([[1, 1.001]], [1, 1], [0, 0]), [[-expected, expected]], 1e-7);
  });

  test('the variance is biased', () => {
    // Variance over 4 values is 5/4 (divide by d), not 5/3 (divide by d - 1).
    const s = Math.sqrt(1.25 + 0.01);
    const out = layerNormForward([[1, 2, 3, 4]], [1, 1, 1, 1], [0, 0, 0, 0], 0.01);
    assertNestedClose(out, [[-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s]], TOL);
  });

  test('each row is normalised on its own', () => {
    const x = [[1, 2, 3, 4], [100, 300, 200, 400], [-5, 5, -5, 5]];
    const out = layerNormForward(x, [1, 1, 1, 1], [0, 0, 0, 0], 1e-12);
    for (const row of out) {
      assert.ok(Math.abs(row.reduce((a, b) => a + b, 0) / 4) <= TOL);
      assert.ok(Math.abs(row.reduce((s, v) => s + v * v, 0) / 4 - 1) <= 1e-9);
    }
    assertNestedClose(out[2] ?? [], [-1, 1, -1, 1], TOL);
    const first = out[0] ?? [];
    assertNestedClose(out[1] ?? [], [first[0] ?? NaN, first[2] ?? NaN, first[1] ?? NaN, first[3] ?? NaN], 1e-9);
  });

  test('constant rows and a single feature', () => {
    assertNestedClose(layerNormForward([[7, 7, 7]], [3, 3, 3], [0.5, -1, 2]), [[0.5, -1, 2]], TOL);
    const dy = [1, -2, 4];
    let { dx, dgamma, dbeta } = layerNormBackward([dy], [[7, 7, 7]], [3, 3, 3]);
    // x_hat = 0 on a constant row, so only the mean path is left: dx = (g - mean(g)) / sqrt(eps), g = 3 dy.
    assertNestedClose(dx, [dy.map((v) => (3 * (v - 1)) / Math.sqrt(1e-5))], 1e-7);
    assertNestedClose(dgamma, [0, 0, 0], TOL);
    assertNestedClose(dbeta, dy, TOL);
    assertNestedClose(layerNormForward([[5], [-3]], [2], [0.25]), [[0.25], [0.25]], TOL);
    ({ dx, dgamma, dbeta } = layerNormBackward([[1.5], [2]], [[5], [-3]], [2]));
    assertNestedClose([dx, dgamma, dbeta], [[[0], [0]], [0], [3.5]], TOL);
  });

  test('backward by hand', () => {
    // One row [1, 2, 3], gamma 1, dy picks out the first output.
    const s = Math.sqrt(2 / 3 + 1e-5);
    const xHat = [-1 / s, 0, 1 / s];
    const { dx, dgamma, dbeta } = layerNormBackward([[1, 0, 0]], [[1, 2, 3]], [1, 1, 1]);
    const meanGX = (xHat[0] ?? NaN) / 3;
    assertNestedClose(dx, [xHat.map((xh, j) => ((j === 0 ? 1 : 0) - 1 / 3 - xh * meanGX) / s)], TOL);
    assertNestedClose(dgamma, [xHat[0] ?? NaN, 0, 0], TOL);
    assertNestedClose(dbeta, [1, 0, 0], TOL);
  });

  test('gradients match central differences', () => {
    const rng = lcg(9001);
    const cases: [number, number, number][] = [[3, 5, 1e-5], [2, 4, 0.5], [4, 2, 1e-3]];
    for (const [n, d, eps] of cases) {
      const x = uniformMatrix(rng, n, d, -3, 3);
      const gamma = uniformMatrix(rng, 1, d, 0.5, 2)[0] ?? [];
      const beta = uniformMatrix(rng, 1, d, -1, 1)[0] ?? [];
      const dy = uniformMatrix(rng, n, d, -1, 1);
      assertNestedClose(layerNormForward(x, gamma, beta, eps), expectedForward(x, gamma, beta, eps), TOL);
      const [ndx, ndgamma, ndbeta] = numericalGradients(dy, x, gamma, beta, eps);
      const { dx, dgamma, dbeta } = layerNormBackward(dy, x, gamma, eps);
      assertNestedClose(dx, ndx, 1e-6, `dx (n=${n}, d=${d}, eps=${eps})`);
      assertNestedClose(dgamma, ndgamma, 1e-6, 'dgamma');
      assertNestedClose(dbeta, ndbeta, 1e-6, 'dbeta');
      // Shifting a whole row does not change its output, so each row of dx sums to 0.
      for (const row of dx) assert.ok(Math.abs(row.reduce((a, b) => a + b, 0)) <= 1e-9);
    }
  });

  test('invalid inputs throw', () => {
    assertNestedClose(layerNormForward([[1, 3]], [1, 1], [0, 0], 1), [[-1 / Math.sqrt(2), 1 / Math.sqrt(2)]], TOL);
    assert.throws(() => layerNormForward([[1, 2, 3]], [1, 1], [0, 0]), Error); // gamma is shorter than a row
    assert.throws(() => layerNormForward([[1, 2], [3]], [1, 1], [0, 0]), Error); // ragged rows
    assert.throws(() => layerNormForward([[1, 2]], [1, 1], [0, 0], 0), Error);
    assert.throws(() => layerNormBackward([[1, 2]], [[1, 2], [3, 4]], [1, 1]), Error); // dy has fewer rows than x
  });

  test('the inputs are not modified', () => {
    const x = [[1, 5, 2], [0, -1, 4]];
    const gamma = [1, 2, 0.5];
    const beta = [0, 0.1, 0.2];
    const dy = [[1, 0, -1], [0.5, 0.5, 0.5]];
    const saved = JSON.stringify([x, gamma, beta, dy]);
    layerNormForward(x, gamma, beta);
    layerNormBackward(dy, x, gamma);
    assert.equal(JSON.stringify([x, gamma, beta, dy]), saved);
  });
});
