import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mlpForward, mlpForwardBackward } from './solution';

const TOL = 1e-9; // hand-computed values; numerical-gradient comparisons use 1e-6

interface Params {
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
}
const NAMES = ['W1', 'b1', 'W2', 'b2'] as const;

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

function assertClose(actual: number, expected: number, tolerance = TOL, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

/** Park-Miller generator: the same uniform sequence in [0, 1) as the Python tests. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

function uniformMatrix(rng: () => number, rows: number, cols: number, scale = 1): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * (2 * rng() - 1)));
}

/** The test's own forward pass: mean softmax cross-entropy of relu(X W1 + b1) W2 + b2. */
function expectedLoss(X: number[][], y: number[], p: Params): number {
  let total = 0;
  X.forEach((x, r) => {
    const a = p.b1.map((b, k) => Math.max(0, x.reduce((s, xj, j) => s + xj * (p.W1[j]?.[k] ?? NaN), b)));
    const z = p.b2.map((b, c) => a.reduce((s, ak, k) => s + ak * (p.W2[k]?.[c] ?? NaN), b));
    const m = Math.max(...z);
    total += m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0)) - (z[y[r] ?? 0] ?? NaN);
  });
  return total / X.length;
}

const clone = (p: Params): Params => JSON.parse(JSON.stringify(p)) as Params;

/** Central differences of expectedLoss with respect to every entry of W1, b1, W2, b2. */
function numericalGradients(X: number[][], y: number[], params: Params, h = 1e-5): Params {
  const grads = clone(params);
  const diff = (change: (p: Params, delta: number) => void): number => {
    const plus = clone(params);
    change(plus, h);
    const minus = clone(params);
    change(minus, -h);
    return (expectedLoss(X, y, plus) - expectedLoss(X, y, minus)) / (2 * h);
  };
  for (const name of ['W1', 'W2'] as const) {
    grads[name].forEach((row, i) => {
      row.forEach((_, j) => {
        row[j] = diff((p, delta) => {
          const target = p[name][i];
          if (target) target[j] = (target[j] ?? NaN) + delta;
        });
      });
    });
  }
  for (const name of ['b1', 'b2'] as const) {
    grads[name].forEach((_, i) => {
      grads[name][i] = diff((p, delta) => {
        p[name][i] = (p[name][i] ?? NaN) + delta;
      });
    });
  }
  return grads;
}

function randomNet(seed: number, n: number, d: number, hiddenUnits: number, classes: number): { X: number[][]; y: number[]; params: Params } {
  const rng = lcg(seed);
  const X = uniformMatrix(rng, n, d, 2);
  const y = Array.from({ length: n }, () => Math.floor(classes * rng()));
  const params: Params = {
    W1: uniformMatrix(rng, d, hiddenUnits),
    b1: uniformMatrix(rng, 1, hiddenUnits, 0.5)[0] ?? [],
    W2: uniformMatrix(rng, hiddenUnits, classes),
    b2: uniformMatrix(rng, 1, classes, 0.5)[0] ?? [],
  };
  return { X, y, params };
}

const run = (X: number[][], y: number[], p: Params) => mlpForwardBackward(X, y, p.W1, p.b1, p.W2, p.b2);

describe('two-layer MLP backpropagation', () => {
  test('example: forward logits', () => {
    assertNestedClose(mlpForward([[1, 2]], [[1, -1], [0, 1]], [0, -1], [[1, -1], [2, 0]], [0, 0]), [[1, -1]], TOL);
    // hidden pre-activations [2.5, -2, -1] and [1.5, 1, 4]
    assertNestedClose(mlpForward([[1, 0], [-1, 3]], [[2, 0, -1], [1, 1, 1]], [0.5, -2, 0], [[1], [-1], [2]], [0.25]), [[2.75], [8.75]], TOL);
  });

  test('example: loss and gradients by hand', () => {
    const { loss, grads: g } = mlpForwardBackward([[1, 2]], [0], [[1, -1], [0, 1]], [0, -1], [[1, -1], [2, 0]], [0, 0]);
    const q = 1 / (1 + Math.exp(2)); // softmax of the logits [1, -1] is [1 - q, q]
    assertClose(loss, -Math.log(1 - q));
    assertClose(loss, 0.1269280110429727);
    assertNestedClose(g.b2, [-q, q], TOL, 'b2');
    assertNestedClose(g.W2, [[-q, q], [0, 0]], TOL, 'W2');
    assertNestedClose(g.b1, [-2 * q, 0], TOL, 'b1');
    assertNestedClose(g.W1, [[-2 * q, 0], [-4 * q, 0]], TOL, 'W1');
  });

  test("ReLU's derivative at zero is zero", () => {
    // Hidden unit 1 has pre-activation exactly 0 (1 * 1 + 1 * -1 + 0) and unit 2 is negative: both pass no gradient.
    const X = [[1, 1]];
    const y = [1];
    const p: Params = { W1: [[1, 1, -1], [1, -1, 0]], b1: [0, 0, -0.5], W2: [[1, 0], [3, -2], [1, 1]], b2: [0, 0] };
    const { loss, grads: g } = run(X, y, p);
    assertClose(loss, expectedLoss(X, y, p));
    assert.ok(g.b1[1] === 0, "ReLU'(0) is defined as 0");
    assert.ok(g.b1[2] === 0);
    assert.ok(g.W1.every((row) => row[1] === 0 && row[2] === 0), 'no gradient reaches the weights of units at or below 0');
    const p1 = 1 / (1 + Math.exp(2)); // logits [2, 0]: the label's probability
    assertClose(g.b1[0] ?? NaN, 1 - p1);
    assertNestedClose(g.W2, [[2 * (1 - p1), 2 * (p1 - 1)], [0, 0], [0, 0]], TOL, 'W2');
  });

  test('gradients match central differences', () => {
    const cases: [number, number, number, number, number][] = [[2024, 5, 3, 4, 3], [99, 3, 2, 6, 4], [7, 1, 4, 3, 2]];
    for (const [seed, n, d, h, c] of cases) {
      const { X, y, params } = randomNet(seed, n, d, h, c);
      const { loss, grads } = run(X, y, params);
      assertClose(loss, expectedLoss(X, y, params));
      const numeric = numericalGradients(X, y, params);
      for (const name of NAMES) assertNestedClose(grads[name], numeric[name], 1e-6, `seed ${seed} ${name}`);
    }
  });

  test('the batch gradient is the mean of the example gradients', () => {
    const { X, y, params } = randomNet(31, 4, 3, 5, 3);
    const { loss, grads } = run(X, y, params);
    const singles = X.map((x, r) => run([x], [y[r] ?? 0], params));
    assertClose(loss, singles.reduce((s, one) => s + one.loss, 0) / 4);
    assertNestedClose(grads.b1, [0, 1, 2, 3, 4].map((k) => singles.reduce((s, one) => s + (one.grads.b1[k] ?? NaN), 0) / 4), TOL, 'b1');
    assertNestedClose(
      grads.W2,
      [0, 1, 2, 3, 4].map((k) => [0, 1, 2].map((c) => singles.reduce((s, one) => s + (one.grads.W2[k]?.[c] ?? NaN), 0) / 4)),
      TOL,
      'W2',
    );
  });

  test('large logits do not overflow', () => {
    let { loss, grads: g } = mlpForwardBackward([[1]], [1], [[1]], [0], [[1000, -1000]], [0, 0]);
    assertClose(loss, 2000);
    assertNestedClose(g.b2, [1, -1], TOL, 'b2');
    assertNestedClose(g.W2, [[1, -1]], TOL, 'W2');
    assertNestedClose(g.W1, [[2000]], 1e-7, 'W1');
    assertNestedClose(g.b1, [2000], 1e-7, 'b1');
    ({ loss, grads: g } = mlpForwardBackward([[1]], [0], [[1]], [0], [[1000, -1000]], [0, 0]));
    assertClose(loss, 0);
    assertNestedClose(g.W1, [[0]], TOL, 'W1');
  });

  test('gradient descent learns XOR', () => {
    const X = [[0, 0], [0, 1], [1, 0], [1, 1]];
    const y = [0, 1, 1, 0];
    const rng = lcg(4242);
    const W1 = uniformMatrix(rng, 2, 8);
    const p: Params = { W1, b1: new Array<number>(8).fill(0.1), W2: uniformMatrix(rng, 8, 2), b2: [0, 0] };
    let first = NaN;
    let loss = NaN;
    for (let step = 0; step < 300; step++) {
      const result = run(X, y, p);
      loss = result.loss;
      if (step === 0) first = loss;
      const g = result.grads;
      p.b1 = p.b1.map((v, i) => v - 0.5 * (g.b1[i] ?? NaN));
      p.b2 = p.b2.map((v, i) => v - 0.5 * (g.b2[i] ?? NaN));
      p.W1 = p.W1.map((row, i) => row.map((v, j) => v - 0.5 * (g.W1[i]?.[j] ?? NaN)));
      p.W2 = p.W2.map((row, i) => row.map((v, j) => v - 0.5 * (g.W2[i]?.[j] ?? NaN)));
    }
    assert.ok(loss < 0.05, `loss went from ${first} to ${loss}`);
    const logits = mlpForward(X, p.W1, p.b1, p.W2, p.b2);
    assert.deepEqual(logits.map((z) => ((z[0] ?? NaN) > (z[1] ?? NaN) ? 0 : 1)), y);
  });

  test('invalid labels throw', () => {
    const p: Params = { W1: [[1, -1], [0, 1]], b1: [0, -1], W2: [[1, -1], [2, 0]], b2: [0, 0] };
    assertClose(run([[1, 2]], [1], p).loss, 2 + Math.log(1 + Math.exp(-2)));
    assert.throws(() => run([[1, 2]], [2], p), Error);
    assert.throws(() => run([[1, 2]], [-1], p), Error);
    assert.throws(() => run([[1, 2]], [0, 1], p), Error);
  });

  test('the inputs are not modified', () => {
    const { X, y, params } = randomNet(5, 3, 2, 3, 2);
    const saved = JSON.stringify([X, y, params]);
    mlpForward(X, params.W1, params.b1, params.W2, params.b2);
    run(X, y, params);
    assert.equal(JSON.stringify([X, y, params]), saved);
  });
});
