import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LogisticRegression, sigmoid } from './solution';

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

/** Points on a grid, labelled by the line x1 - x2 + 0.3 = 0, with a margin of 0.2 around it. */
function gridDataset(): { X: number[][]; y: number[] } {
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = -10; i <= 10; i++) {
    for (let j = -10; j <= 10; j++) {
      const x1 = i / 5;
      const x2 = j / 5;
      const margin = x1 - x2 + 0.3;
      if (Math.abs(margin) > 0.2) {
        X.push([x1, x2]);
        y.push(margin > 0 ? 1 : 0);
      }
    }
  }
  return { X, y };
}

const norm = (v: number[]): number => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));

describe('sigmoid', () => {
  test('example sigmoid values', () => {
    assertClose(sigmoid(0), 0.5, 1e-12);
    assertClose(sigmoid(2), 0.8807970779778823, 1e-12);
    assertClose(sigmoid(-2), 1 - 0.8807970779778823, 1e-12);
    assertClose(sigmoid(-30), 9.357622968839299e-14, 1e-20);
  });

  test('sigmoid is stable for large inputs', () => {
    assert.equal(sigmoid(1000), 1);
    assertClose(sigmoid(-1000), 0, 1e-12);
    assertClose(sigmoid(-745.5), 0, 1e-12);
    assert.equal(sigmoid(1e308), 1);
    assertClose(sigmoid(-1e308), 0, 1e-12);
    for (const z of [1000, -1000, 1e308, -1e308]) assert.ok(Number.isFinite(sigmoid(z)), `sigmoid(${z}) is not finite`);
  });
});

describe('LogisticRegression', () => {
  test('example: one epoch gives exact weights', () => {
    const model = new LogisticRegression(0.5, 1, 0.1);
    assert.equal(model.fit([[1, 2], [2, 0]], [1, 0]), model, 'fit returns the model');
    const p = 1 / (1 + Math.exp(-0.75));
    assert.equal(model.weights.length, 2);
    assertClose(model.weights[0] ?? NaN, 0.25 - 0.5 * (2 * p + 0.1 * 0.25), 1e-9);
    assertClose(model.weights[1] ?? NaN, 0.475, 1e-9);
    assertClose(model.bias, 0.25 - 0.5 * p, 1e-9, 'the bias is not regularised:');
  });

  test('example: a huge feature does not overflow', () => {
    const model = new LogisticRegression(1, 3, 0).fit([[1000]], [0]);
    assertClose(model.weights[0] ?? NaN, -500, 1e-9);
    assertClose(model.bias, -0.5, 1e-9);
    assertClose(model.predictProba([[1000]])[0] ?? NaN, 0, 1e-12);
    assert.deepEqual(model.predict([[1000]]), [0]);
  });

  test('two epochs repeat the pass in order', () => {
    const model = new LogisticRegression(0.5, 2, 0).fit([[1], [-1]], [1, 0]);
    // Hand computed: after epoch 1 w = 0.5 (two steps of 0.25), b = 0;
    // epoch 2: z = 0.5 on x = 1, then z = -w on x = -1.
    let w = 0.5;
    let b = 0;
    for (const [x, label] of [[1, 1], [-1, 0]] as const) {
      const g = 1 / (1 + Math.exp(-(w * x + b))) - label;
      w -= 0.5 * g * x;
      b -= 0.5 * g;
    }
    assertClose(model.weights[0] ?? NaN, w, 1e-9);
    assertClose(model.bias, b, 1e-9);
  });

  test('fitting again starts from zero', () => {
    const model = new LogisticRegression(0.5, 2, 0.1);
    model.fit([[1, 2, 3], [2, 0, -1]], [1, 0]);
    assert.equal(model.fit([[0.5, -1], [1, 1]], [0, 1]), model);
    const fresh = new LogisticRegression(0.5, 2, 0.1).fit([[0.5, -1], [1, 1]], [0, 1]);
    assert.equal(model.weights.length, 2, "the weights follow the new data's width");
    model.weights.forEach((w, j) => assertClose(w, fresh.weights[j] ?? NaN, 1e-12));
    assertClose(model.bias, fresh.bias, 1e-12);
  });

  test('zero epochs keeps zero weights', () => {
    const model = new LogisticRegression(0.1, 0).fit([[1, 2, 3]], [1]);
    assert.deepEqual(model.weights, [0, 0, 0]);
    assert.equal(model.bias, 0);
    assert.deepEqual(model.predictProba([[5, -1, 2]]), [0.5]);
    assert.deepEqual(model.predict([[5, -1, 2]]), [1], 'a probability of exactly 0.5 predicts 1');
  });

  test('learns a linearly separable set', () => {
    const { X, y } = gridDataset();
    const model = new LogisticRegression(0.5, 100, 0).fit(X, y);
    assert.deepEqual(model.predict(X), y, 'every training point should be classified correctly');
    model.predictProba(X).forEach((p, i) => {
      assert.ok(p >= 0 && p <= 1);
      assert.equal(p >= 0.5, y[i] === 1);
    });
  });

  test('L2 shrinks the weights', () => {
    const { X, y } = gridDataset();
    const plain = new LogisticRegression(0.5, 30, 0).fit(X, y);
    const ridge = new LogisticRegression(0.5, 30, 0.05).fit(X, y);
    const plainNorm = norm(plain.weights);
    const ridgeNorm = norm(ridge.weights);
    assert.ok(ridgeNorm < 0.8 * plainNorm, `norm with L2 ${ridgeNorm}, without ${plainNorm}`);
  });

  test('the inputs are not modified', () => {
    const X = [[1, 2], [2, 0]];
    const y = [1, 0];
    new LogisticRegression(0.5, 3, 0.1).fit(X, y);
    assert.deepEqual(X, [[1, 2], [2, 0]]);
    assert.deepEqual(y, [1, 0]);
  });

  test('a large input runs fast', () => {
    const rng = mulberry32(3);
    const uniform = (): number => 2 * rng() - 1;
    const trueW = Array.from({ length: 10 }, uniform);
    const X = Array.from({ length: 5000 }, () => Array.from({ length: 10 }, uniform));
    const y = X.map((x) => (x.reduce((sum, v, j) => sum + v * (trueW[j] ?? 0), 0) > 0 ? 1 : 0));
    const model = new LogisticRegression(0.1, 5, 0.0001).fit(X, y);
    const predictions = model.predict(X);
    const accuracy = predictions.filter((p, i) => p === y[i]).length / y.length;
    assert.ok(accuracy > 0.95, `accuracy ${accuracy}`);
  });
});
