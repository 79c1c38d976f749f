import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { als, mfObjective } from './solution';

const TOL = 1e-9; // every float is compared with an absolute tolerance of 1e-9 unless stated

type Ratings = (number | null)[][];
type Nested = number | Nested[];
function assertNestedClose(actual: Nested, expected: Nested, tolerance = TOL, name = ''): void {
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

function uniformMatrix(rng: () => number, rows: number, cols: number, low = -1, high = 1): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => low + (high - low) * rng()));
}

/** Whole-star ratings 1-5; each entry is observed with probability pObserved (one draw, then one more for the value). */
function randomRatings(rng: () => number, rows: number, cols: number, pObserved: number): Ratings {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rng() < pObserved ? Math.floor(1 + 5 * rng()) : null)));
}

const dot = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + x * (b[i] ?? NaN), 0);

/** Largest entry of (sum f f^T + reg I) x - sum r f: zero when x is the exact ridge solution. */
function normalEquationResidual(pairs: [number[], number][], x: number[], reg: number): number {
  let worst = 0;
  x.forEach((xi, i) => {
    const value = reg * xi + pairs.reduce((s, [f, r]) => s + (f[i] ?? NaN) * (dot(f, x) - r), 0);
    worst = Math.max(worst, Math.abs(value));
  });
  return worst;
}

/** An exactly rank-2 8 x 6 matrix with about a quarter of its entries hidden, and a starting V0. */
function lowRankProblem(): { full: number[][]; observed: boolean[][]; ratings: Ratings; V0: number[][] } {
  const rng = lcg(2718);
  const Utrue = uniformMatrix(rng, 8, 2);
  const Vtrue = uniformMatrix(rng, 6, 2);
  const full = Utrue.map((u) => Vtrue.map((v) => dot(u, v)));
  const observed = Array.from({ length: 8 }, () => Array.from({ length: 6 }, () => rng() > 0.25));
  const ratings = full.map((row, u) => row.map((x, i) => (observed[u]?.[i] === true ? x : null)));
  return { full, observed, ratings, V0: uniformMatrix(rng, 6, 2) };
}

describe('matrix factorisation with ALS', () => {
  test('example: the objective ignores missing entries', () => {
    // Observed errors 5 - 2 = 3 and 1 - 2 = -1; penalty 0.1 * (1 + 4 + 4 + 1).
    assertNestedClose(mfObjective([[5, null], [null, 1]], [[1], [2]], [[2], [1]], 0.1), 11);
    assertNestedClose(mfObjective([[null, null]], [[3, 4]], [[1, 0], [0, 1]], 0.5), 0.5 * (25 + 2));
  });

  test('example: one sweep by hand', () => {
    // k = 1, reg = 1. Users from V0 = [1, 1]: u0 = (4 + 2) / (1 + 1 + 1) = 2, u1 = 3 / (1 + 1) = 1.5.
    // Items from those users: v0 = 4 * 2 / (4 + 1) = 1.6, v1 = (2 * 2 + 3 * 1.5) / (4 + 2.25 + 1) = 8.5 / 7.25.
    const { U, V, losses } = als([[4, 2], [null, 3]], [[1], [1]], 1, 1);
    const v1 = 8.5 / 7.25;
    assertNestedClose(U, [[2], [1.5]]);
    assertNestedClose(V, [[1.6], [v1]]);
    const expected = (4 - 3.2) ** 2 + (2 - 2 * v1) ** 2 + (3 - 1.5 * v1) ** 2 + (4 + 2.25) + (1.6 ** 2 + v1 ** 2);
    assertNestedClose(losses, [expected]);
    assertNestedClose(losses, [12.484482758620691]);
  });

  test('each half-step is the exact ridge solution', () => {
    const rng = lcg(4321);
    const ratings = randomRatings(rng, 6, 7, 0.7);
    const V0 = uniformMatrix(rng, 7, 3);
    const { U, V } = als(ratings, V0, 0.3, 1);
    // With one sweep, each user solves its ridge problem against V0 and each item against the new U.
    ratings.forEach((row, u) => {
      const pairs: [number[], number][] = [];
      row.forEach((r, i) => {
        if (r !== null) pairs.push([V0[i] ?? [], r]);
      });
      assert.ok(normalEquationResidual(pairs, U[u] ?? [], 0.3) < 1e-9, `user ${u}`);
    });
    for (let i = 0; i < 7; i++) {
      const pairs: [number[], number][] = [];
      ratings.forEach((row, u) => {
        const r = row[i];
        if (r !== null && r !== undefined) pairs.push([U[u] ?? [], r]);
      });
      assert.ok(normalEquationResidual(pairs, V[i] ?? [], 0.3) < 1e-9, `item ${i}`);
    }
  });

  test('the loss never increases between sweeps', () => {
    const rng = lcg(55);
    const ratings = randomRatings(rng, 10, 9, 0.6);
    const { U, V, losses } = als(ratings, uniformMatrix(rng, 9, 3), 0.1, 30);
    assert.equal(losses.length, 30);
    for (let s = 1; s < losses.length; s++) assert.ok((losses[s] ?? NaN) <= (losses[s - 1] ?? NaN) + 1e-9, `sweep ${s}`);
    assert.ok((losses[29] ?? NaN) < (losses[0] ?? NaN));
    assertNestedClose(losses[29] ?? NaN, mfObjective(ratings, U, V, 0.1));
  });

  test('recovers a low-rank matrix', () => {
    const { full, observed, ratings, V0 } = lowRankProblem();
    const { U, V, losses } = als(ratings, V0, 1e-6, 100);
    for (let u = 0; u < 8; u++) {
      for (let i = 0; i < 6; i++) {
        const what = observed[u]?.[i] === true ? 'observed' : 'hidden';
        assertNestedClose(dot(U[u] ?? [], V[i] ?? []), full[u]?.[i] ?? NaN, 1e-3, `${what} entry (${u}, ${i})`);
      }
    }
    assert.ok((losses[99] ?? NaN) < 1e-3);
  });

  test('users and items without ratings get zero vectors', () => {
    const ratings: Ratings = [[5, null, 3], [null, null, null], [1, null, 4]];
    const { U, V, losses } = als(ratings, [[1, 0], [0.5, 0.5], [0, 1]], 0.5, 3);
    assertNestedClose(U[1] ?? [], [0, 0], 0, 'U[1]');
    assertNestedClose(V[1] ?? [], [0, 0], 0, 'V[1]');
    assert.ok(losses.every((x) => Number.isFinite(x)));
  });

  test('regularisation shrinks the factors', () => {
    const { ratings, V0 } = lowRankProblem();
    const norm = (M: number[][]): number => M.reduce((s, row) => s + dot(row, row), 0);
    const small = als(ratings, V0, 0.01, 20);
    const big = als(ratings, V0, 10, 20);
    assert.ok(norm(big.U) + norm(big.V) < 0.5 * (norm(small.U) + norm(small.V)));
    assertNestedClose(big.losses[19] ?? NaN, mfObjective(ratings, big.U, big.V, 10));
  });

  test('invalid inputs throw', () => {
    assertNestedClose(als([[2]], [[1]], 1, 1).U, [[1]]);
    assert.throws(() => als([[1, 2]], [[1], [1]], 0, 1), Error); // reg must be positive
    assert.throws(() => als([[1, 2]], [[1]], 1, 1), Error); // V0 has one row for two items
    assert.throws(() => als([[1, 2], [3]], [[1], [1]], 1, 1), Error); // ragged ratings
    assert.throws(() => als([[1, 2]], [[1], [1]], 1, 0), Error);
  });

  test('the inputs are not modified', () => {
    const ratings: Ratings = [[5, null, 1], [null, 2, 2]];
    const V0 = [[0.5, 1], [1, -0.5], [0.2, 0.2]];
    const saved = JSON.stringify([ratings, V0]);
    const { U, V } = als(ratings, V0, 0.1, 2);
    mfObjective(ratings, U, V, 0.1);
    assert.equal(JSON.stringify([ratings, V0]), saved);
  });
});
