import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { adamwRun, adamwStep } from './solution';

const TOL = 1e-9; // every float is compared with an absolute tolerance of 1e-9 unless stated

function assertListClose(actual: number[], expected: number[], tolerance = TOL, name = ''): void {
  const message = `${name}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
  assert.equal(actual.length, expected.length, message);
  expected.forEach((e, i) => assert.ok(Math.abs((actual[i] ?? NaN) - e) <= tolerance, `[${i}] ${message}`));
}

interface Hyper {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
}

/** The test's own AdamW loop, written out from the formulas in the statement. */
function expectedSteps(params: number[], gradFn: (p: number[]) => number[], steps: number, h: Hyper): number[] {
  let p = [...params];
  let m = params.map(() => 0);
  let v = params.map(() => 0);
  for (let t = 1; t <= steps; t++) {
    const g = gradFn(p);
    m = m.map((a, i) => h.beta1 * a + (1 - h.beta1) * (g[i] ?? NaN));
    v = v.map((a, i) => h.beta2 * a + (1 - h.beta2) * (g[i] ?? NaN) ** 2);
    const mHat = m.map((a) => a / (1 - h.beta1 ** t));
    const vHat = v.map((a) => a / (1 - h.beta2 ** t));
    p = p.map((x, i) => x - (h.lr * (mHat[i] ?? NaN)) / (Math.sqrt(vHat[i] ?? NaN) + h.eps) - h.lr * h.weightDecay * x);
  }
  return p;
}

describe('AdamW', () => {
  test('example: the first step moves by about lr', () => {
    // At t = 1 the bias-corrected mHat is g and vHat is g^2, so each parameter moves by lr * g / (|g| + eps).
    const params = [1, -2, 0.5];
    const grads = [0.1, -3, 1e-3];
    const { params: p, m, v } = adamwStep(params, grads, [0, 0, 0], [0, 0, 0], 1, { lr: 0.1, weightDecay: 0 });
    assertListClose(p, params.map((x, i) => x - (0.1 * (grads[i] ?? NaN)) / (Math.abs(grads[i] ?? NaN) + 1e-8)));
    assertListClose(p, [0.9, -1.9, 0.4], 2e-6);
    assertListClose(m, [0.01, -0.3, 1e-4], 1e-12);
    assertListClose(v, [1e-5, 9e-3, 1e-9], 1e-15);
  });

  test('example: two steps by hand', () => {
    let { params: p, m, v } = adamwStep([1], [0.5], [0], [0], 1, { lr: 0.1, weightDecay: 0.1 });
    assertListClose(p, [1 - (0.1 * 0.5) / (0.5 + 1e-8) - 0.01]);
    assertListClose(m, [0.05]);
    assertListClose(v, [0.00025]);
    ({ params: p, m, v } = adamwStep(p, [-0.25], m, v, 2, { lr: 0.1, weightDecay: 0.1 }));
    const mHat = 0.02 / (1 - 0.9 ** 2);
    const vHat = 0.00031225 / (1 - 0.999 ** 2);
    assertListClose(m, [0.02]);
    assertListClose(v, [0.00031225]);
    assertListClose(p, [0.890000002 - (0.1 * mHat) / (Math.sqrt(vHat) + 1e-8) - 0.1 * 0.1 * 0.890000002]);
    assertListClose(p, [0.8544662986878463]);
  });

  test('weight decay alone shrinks by lr times lambda', () => {
    // A zero gradient leaves m and v at 0: only the decoupled decay moves the parameters.
    const { params: p, m, v } = adamwStep([2, -4], [0, 0], [0, 0], [0, 0], 1, { lr: 0.1, weightDecay: 0.5 });
    assertListClose(p, [1.9, -3.8]);
    assertListClose(m, [0, 0]);
    assertListClose(v, [0, 0]);
    const later = adamwStep([1], [0], [0], [0], 7, { lr: 0.01, weightDecay: 0.1 }).params;
    assertListClose(later, [0.999], TOL, 'the decay is lr * weightDecay * p, not weightDecay * p');
  });

  test('the decay is not divided by the adaptive denominator', () => {
    // Same parameter value, gradients of very different size: the Adam part is about lr for both,
    // and the decay is lr * weightDecay * p for both - it must not grow where the gradient is tiny.
    const p = adamwStep([3, 3], [1e-4, 100], [0, 0], [0, 0], 1, { lr: 0.1, weightDecay: 0.5 }).params;
    assertListClose(p, [3 - (0.1 * 1e-4) / (1e-4 + 1e-8) - 0.15, 3 - (0.1 * 100) / (100 + 1e-8) - 0.15]);
    // Adam with L2 would add 0.5 * 3 to the gradient and normalise it away: both would move by only about lr.
    assert.ok((p[0] ?? NaN) < 2.8);
  });

  test('bias correction uses the step number', () => {
    const { params: p, m, v } = adamwStep([0, 1], [0.5, 0.1], [0.3, -0.2], [0.04, 0.01], 10, { lr: 0.01, weightDecay: 0 });
    assertListClose(m, [0.9 * 0.3 + 0.1 * 0.5, 0.9 * -0.2 + 0.1 * 0.1]);
    assertListClose(v, [0.999 * 0.04 + 0.001 * 0.25, 0.999 * 0.01 + 0.001 * 0.01]);
    const expected = [0, 1].map((x, i) => x - (0.01 * ((m[i] ?? NaN) / (1 - 0.9 ** 10))) / (Math.sqrt((v[i] ?? NaN) / (1 - 0.999 ** 10)) + 1e-8));
    assertListClose(p, expected);
  });

  test('eps is added after the square root', () => {
    // g = 1e-8: mHat = 1e-8 and sqrt(vHat) = 1e-8, so the step is lr * 1e-8 / (1e-8 + 1e-8) = lr / 2.
    assertListClose(adamwStep([0], [1e-8], [0], [0], 1, { lr: 0.1, weightDecay: 0 }).params, [-0.05]);
    assertListClose(adamwStep([0], [3], [0], [0], 1, { lr: 0.1, eps: 1, weightDecay: 0 }).params, [-0.075]);
  });

  test('a run counts steps from one', () => {
    const calls: number[][] = [];
    const f = (p: number[]): number[] => [2 * (p[0] ?? NaN) - 1, Math.sin(p[1] ?? NaN), (p[0] ?? NaN) * (p[1] ?? NaN)];
    const gradFn = (p: number[]): number[] => {
      calls.push([...p]);
      return f(p);
    };
    const hyper: Hyper = { lr: 0.05, beta1: 0.8, beta2: 0.99, eps: 1e-8, weightDecay: 0.2 };
    const result = adamwRun([1, -0.5, 2], gradFn, 3, hyper);
    assert.equal(calls.length, 3, 'one gradient evaluation per step');
    assertListClose(result, expectedSteps([1, -0.5, 2], f, 3, hyper));
    assertListClose(calls[0] ?? [], [1, -0.5, 2]);
    assertListClose(calls[2] ?? [], expectedSteps([1, -0.5, 2], f, 2, hyper));
    assert.deepEqual(adamwRun([1, 2], () => [1, 1], 0), [1, 2]);
  });

  test('a run minimises a quadratic', () => {
    const c = [3, -1, 0.5];
    const grad = (p: number[]): number[] => p.map((a, i) => 2 * (a - (c[i] ?? NaN)));
    assertListClose(adamwRun([0, 0, 0], grad, 2000, { lr: 0.05, weightDecay: 0 }), c, 1e-6);
    // With weight decay the result is pulled towards 0 and matches the formulas step for step.
    const decayed = adamwRun([0, 0, 0], grad, 200, { lr: 0.05, weightDecay: 0.1 });
    assertListClose(decayed, expectedSteps([0, 0, 0], grad, 200, { lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.1 }));
  });

  test('invalid inputs throw', () => {
    assertListClose(adamwStep([1], [0], [0], [0], 1, { lr: 0.5, weightDecay: 0.2 }).params, [0.9]);
    assert.throws(() => adamwStep([1], [0.5], [0], [0], 0), Error); // steps are counted from 1
    assert.throws(() => adamwStep([1, 2], [0.5], [0, 0], [0, 0], 1), Error);
    assert.throws(() => adamwRun([1], () => [0], -1), Error);
  });

  test('the inputs are not modified', () => {
    const params = [1, -1];
    const grads = [0.5, 0.25];
    const m = [0.1, 0];
    const v = [0.01, 0.02];
    const saved = JSON.stringify([params, grads, m, v]);
    adamwStep(params, grads, m, v, 4, { lr: 0.1 });
    adamwRun(params, () => [1, -1], 5, { lr: 0.1 });
    assert.equal(JSON.stringify([params, grads, m, v]), saved);
  });
});
