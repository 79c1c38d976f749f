import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bprSgdEpoch, bprTriple, logSigmoid } from './solution';

const TOL = 1e-9; // hand-computed values; numerical-gradient comparisons use 1e-6

function assertClose(actual: number, expected: number, tolerance = TOL, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

function assertListClose(actual: number[], expected: number[], tolerance = TOL, name = ''): void {
  const message = `${name}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
  assert.equal(actual.length, expected.length, message);
  expected.forEach((e, k) => assert.ok(Math.abs((actual[k] ?? NaN) - e) <= tolerance, `[${k}] ${message}`));
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

const dot = (a: number[], b: number[]): number => a.reduce((s, x, k) => s + x * (b[k] ?? NaN), 0);

/** The test's own BPR loss: softplus(-margin) plus (reg / 2) times the three squared norms. */
function expectedLoss(pu: number[], qi: number[], qj: number[], reg: number): number {
  const margin = dot(pu, qi) - dot(pu, qj);
  const softplus = Math.max(-margin, 0) + Math.log1p(Math.exp(-Math.abs(margin))); // ln(1 + e^(-margin))
  return softplus + 0.5 * reg * (dot(pu, pu) + dot(qi, qi) + dot(qj, qj));
}

function numericalGradient(f: (v: number[]) => number, vector: number[], h = 1e-5): number[] {
  return vector.map((_, k) => {
    const plus = vector.map((x, m) => (m === k ? x + h : x));
    const minus = vector.map((x, m) => (m === k ? x - h : x));
    return (f(plus) - f(minus)) / (2 * h);
  });
}

/** 4 users, 6 items: user u likes items u and u + 1; triples (u, liked, every other item) in order. */
function preferenceData(): { triples: [number, number, number][]; P: number[][]; Q: number[][] } {
  const triples: [number, number, number][] = [];
  for (let u = 0; u < 4; u++) {
    for (const i of [u, u + 1]) {
      for (let j = 0; j < 6; j++) if (j !== u && j !== u + 1) triples.push([u, i, j]);
    }
  }
  const rng = lcg(777);
  const P = uniformMatrix(rng, 4, 3, 0.1);
  return { triples, P, Q: uniformMatrix(rng, 6, 3, 0.1) };
}

const step = (row: number[], grad: number[], lr: number): number[] => row.map((x, k) => x - lr * (grad[k] ?? NaN));

describe('BPR loss', () => {
  test('logSigmoid values', () => {
    assertClose(logSigmoid(0), -Math.log(2));
    assertClose(logSigmoid(2), -Math.log(1 + Math.exp(-2)));
    assertClose(logSigmoid(-2), -2 - Math.log(1 + Math.exp(-2)));
    assertClose(logSigmoid(-40), -40);
    assertClose(logSigmoid(40), 0);
  });

  test('logSigmoid is stable for large margins', () => {
    assertClose(logSigmoid(-1000), -1000);
    assertClose(logSigmoid(-745.5), -745.5);
    assertClose(logSigmoid(1000), 0);
    assertClose(logSigmoid(-1e6), -1e6, 1e-6);
  });

  test('example: one triple by hand', () => {
    // Scores 2 and 1, margin 1: loss ln(1 + e^-1); s = sigmoid(-1) = 1 - sigmoid(1).
    const { loss, gradU, gradI, gradJ } = bprTriple([1, 0], [2, 1], [1, 3], 0);
    const s = 1 / (1 + Math.E);
    assertClose(loss, Math.log(1 + Math.exp(-1)));
    assertClose(loss, 0.31326168751822286);
    assertListClose(gradU, [-s * 1, -s * -2], TOL, 'gradU'); // -s * (qi - qj)
    assertListClose(gradI, [-s, 0], TOL, 'gradI'); // -s * pu
    assertListClose(gradJ, [s, 0], TOL, 'gradJ'); // +s * pu
  });

  test('the L2 term is half reg times the squared norms', () => {
    const { loss, gradU, gradI, gradJ } = bprTriple([1, 0], [2, 1], [1, 3], 0.1);
    const s = 1 / (1 + Math.E);
    assertClose(loss, Math.log(1 + Math.exp(-1)) + 0.05 * (1 + 5 + 10));
    assertListClose(gradU, [-s + 0.1, 2 * s], TOL, 'gradU');
    assertListClose(gradI, [-s + 0.2, 0.1], TOL, 'gradI');
    assertListClose(gradJ, [s + 0.1, 0.3], TOL, 'gradJ');
  });

  test('gradients match central differences', () => {
    const rng = lcg(31337);
    const cases: [number, number][] = [[0.5, 0], [1, 0.05], [3, 0.2]]; // margins up to about +-30 for the last
    for (const [scale, reg] of cases) {
      const [pu = [], qi = [], qj = []] = uniformMatrix(rng, 3, 4, scale);
      const { loss, gradU, gradI, gradJ } = bprTriple(pu, qi, qj, reg);
      assertClose(loss, expectedLoss(pu, qi, qj, reg));
      assertListClose(gradU, numericalGradient((v) => expectedLoss(v, qi, qj, reg), pu), 1e-6, 'gradU');
      assertListClose(gradI, numericalGradient((v) => expectedLoss(pu, v, qj, reg), qi), 1e-6, 'gradI');
      assertListClose(gradJ, numericalGradient((v) => expectedLoss(pu, qi, v, reg), qj), 1e-6, 'gradJ');
    }
  });

  test('huge margins give a finite loss and gradients', () => {
    // Margin -1000: the loss is about 1000 and the gradient is the full -(qi - qj), not NaN.
    let r = bprTriple([10, 0], [-50, 0], [50, 0], 0);
    assertClose(r.loss, 1000);
    assertListClose(r.gradU, [100, 0], TOL, 'gradU');
    assertListClose(r.gradI, [-10, 0], TOL, 'gradI');
    assertListClose(r.gradJ, [10, 0], TOL, 'gradJ');
    // Margin +1000: nothing left to learn.
    r = bprTriple([10, 0], [50, 0], [-50, 0], 0);
    assertClose(r.loss, 0);
    assertListClose([...r.gradU, ...r.gradI, ...r.gradJ], [0, 0, 0, 0, 0, 0], TOL, 'gradients');
  });

  test('an epoch updates all three vectors from the old values', () => {
    const first = bprSgdEpoch([[1, 0]], [[2, 1], [1, 3]], [[0, 0, 1]], 0.5, 0.1);
    const g = bprTriple([1, 0], [2, 1], [1, 3], 0.1);
    const P0 = step([1, 0], g.gradU, 0.5);
    const Q0 = step([2, 1], g.gradI, 0.5);
    assertListClose(first.P[0] ?? [], P0, TOL, 'P[0]');
    assertListClose(first.Q[0] ?? [], Q0, TOL, 'Q[0]');
    assertListClose(first.Q[1] ?? [], step([1, 3], g.gradJ, 0.5), TOL, 'Q[1]');
    assertClose(first.meanLoss, 1.1132616875182229);
    // A second triple for the same user starts from the user's updated vector.
    const second = bprSgdEpoch([[1, 0]], [[2, 1], [1, 3], [0, 1]], [[0, 0, 1], [0, 0, 2]], 0.5, 0.1);
    const h = bprTriple(P0, Q0, [0, 1], 0.1);
    assertListClose(second.P[0] ?? [], step(P0, h.gradU, 0.5), TOL, 'P2[0]');
    assertListClose(second.Q[0] ?? [], step(Q0, h.gradI, 0.5), TOL, 'Q2[0]');
    assertListClose(second.Q[2] ?? [], step([0, 1], h.gradJ, 0.5), TOL, 'Q2[2]');
    assertListClose(second.Q[1] ?? [], first.Q[1] ?? [], TOL, 'Q2[1]');
    assertClose(second.meanLoss, (1.1132616875182229 + h.loss) / 2);
  });

  test('training ranks liked items first', () => {
    let { triples, P, Q } = preferenceData();
    let first = NaN;
    let meanLoss = NaN;
    for (let epoch = 0; epoch < 60; epoch++) {
      ({ P, Q, meanLoss } = bprSgdEpoch(P, Q, triples, 0.1, 0.01));
      if (epoch === 0) first = meanLoss;
    }
    assert.ok(meanLoss < 0.5 * first, `mean loss ${first} -> ${meanLoss}`);
    for (const [u, i, j] of triples) {
      assert.ok(dot(P[u] ?? [], Q[i] ?? []) > dot(P[u] ?? [], Q[j] ?? []), `user ${u}: item ${i} should beat item ${j}`);
    }
  });

  test('invalid inputs throw', () => {
    assertClose(bprSgdEpoch([[0]], [[1], [2]], [[0, 1, 0]], 0.1, 0).meanLoss, Math.log(2));
    assert.throws(() => bprSgdEpoch([[1]], [[1], [2]], [[0, 1, 1]], 0.1, 0), Error); // positive and negative are the same item
    assert.throws(() => bprSgdEpoch([[1]], [[1], [2]], [], 0.1, 0), Error);
    assert.throws(() => bprTriple([1, 2], [1], [1, 0], 0), Error);
  });

  test('the inputs are not modified', () => {
    const { triples, P, Q } = preferenceData();
    const saved = JSON.stringify([triples, P, Q]);
    bprSgdEpoch(P, Q, triples, 0.1, 0.01);
    bprTriple(P[0] ?? [], Q[0] ?? [], Q[1] ?? [], 0.1);
    assert.equal(JSON.stringify([triples, P, Q]), saved);
  });
});
