import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { differenceConfidenceInterval, normalCdf, normalInverseCdf, twoProportionZTest } from './solution';

// Expected values were computed independently with 40-digit arithmetic (mpmath).

function assertClose(actual: number, expected: number, tolerance = 1e-6, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${message} expected ${expected}, got ${actual}`);
}

function assertRelativelyClose(actual: number, expected: number, relative = 1e-6, message = ''): void {
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${message} expected ${expected}, got ${actual}`);
}

describe('twoProportionZTest and differenceConfidenceInterval', () => {
  test('example 1: a significant lift', () => {
    const { z, pValue } = twoProportionZTest(200, 1000, 250, 1000);
    assertClose(z, 2.6773977630083295, 1e-9);
    assertClose(pValue, 0.0074196492610256749, 1e-9);
  });

  test('example 2: a small lift is not significant', () => {
    const { z, pValue } = twoProportionZTest(120, 2400, 150, 2500);
    assertClose(z, 1.5335618197684748, 1e-9);
    assertClose(pValue, 0.12513748721580635, 1e-9);
  });

  test('swapping the groups flips the sign only', () => {
    for (const [a, na, b, nb] of [[200, 1000, 250, 1000], [120, 2400, 150, 2500], [1, 20, 0, 30]] as const) {
      const forward = twoProportionZTest(a, na, b, nb);
      const swapped = twoProportionZTest(b, nb, a, na);
      assertClose(swapped.z, -forward.z, 1e-12);
      assertClose(swapped.pValue, forward.pValue, 1e-12);
    }
    const { z, pValue } = twoProportionZTest(1, 20, 0, 30);
    assertClose(z, -1.2371791482634838, 1e-9, 'B converting worse gives a negative z:');
    assertClose(pValue, 0.21602058095545888, 1e-9);
  });

  test('equal rates give z zero and p one', () => {
    const { z, pValue } = twoProportionZTest(50, 1000, 50, 1000);
    assertClose(z, 0, 1e-12);
    assertClose(pValue, 1, 1e-12);
  });

  test('a tiny p-value keeps its precision', () => {
    const { z, pValue } = twoProportionZTest(10, 10000, 40, 10000);
    assertClose(z, 4.2479539524287322, 1e-9);
    assertRelativelyClose(pValue, 2.1573172081187281e-5);
  });

  test('a p-value far in the tail keeps its precision', () => {
    // Past |z| of about 8.3, Phi(|z|) rounds to 1 in double precision, so 2 * (1 - Phi(|z|)) gives 0.
    let { z, pValue } = twoProportionZTest(120, 10000, 300, 10000);
    assertClose(z, 8.8768016136159384, 1e-9);
    assertRelativelyClose(pValue, 6.8810372162849737e-19);
    ({ z, pValue } = twoProportionZTest(300, 10000, 100, 10000));
    assertClose(z, -10.101525445522107, 1e-9);
    assertRelativelyClose(pValue, 5.4389471780888612e-24);
  });

  test('zero variance throws', () => {
    assert.throws(() => twoProportionZTest(0, 100, 0, 200)); // nobody converts
    assert.throws(() => twoProportionZTest(100, 100, 50, 50)); // everybody converts
    assert.throws(() => differenceConfidenceInterval(0, 100, 0, 200));
    assert.throws(() => differenceConfidenceInterval(100, 100, 0, 50)); // both rates at the boundary: SE = 0
    // ...while nearby valid inputs do not.
    assert.ok(Number.isFinite(twoProportionZTest(1, 100, 0, 200).z));
    assert.ok(Number.isFinite(differenceConfidenceInterval(99, 100, 0, 50).lower));
  });

  test('invalid arguments throw', () => {
    for (const [a, na, b, nb] of [[11, 10, 5, 10], [-1, 10, 5, 10], [5, 10, 5, 0], [0, 0, 0, 0]] as const) {
      assert.throws(() => twoProportionZTest(a, na, b, nb), Error, `${[a, na, b, nb]}`);
    }
    for (const confidence of [0, 1, 1.5, -0.2]) {
      assert.throws(() => differenceConfidenceInterval(200, 1000, 250, 1000, confidence), Error, `confidence ${confidence}`);
    }
    assert.ok(Number.isFinite(differenceConfidenceInterval(200, 1000, 250, 1000, 0.8).upper));
  });

  test('confidence interval examples', () => {
    const { lower, upper } = differenceConfidenceInterval(200, 1000, 250, 1000);
    assertClose(lower, 0.013463621687539852, 1e-9);
    assertClose(upper, 0.086536378312460148, 1e-9);
    const wide = differenceConfidenceInterval(200, 1000, 250, 1000, 0.99);
    assertClose(wide.lower, 0.0019830595637865353, 1e-9);
    assertClose(wide.upper, 0.098016940436213465, 1e-9);
    assertClose((wide.lower + wide.upper) / 2, 0.05, 1e-12, 'centred on pB - pA:');
  });

  test('the confidence interval agrees with the test', () => {
    const { lower, upper } = differenceConfidenceInterval(120, 2400, 150, 2500, 0.95);
    assertClose(lower, -0.0027550846131166059, 1e-9);
    assertClose(upper, 0.022755084613116606, 1e-9);
    assert.ok(lower < 0 && upper > 0, 'p = 0.125: the 95% interval contains 0');
    const narrow = differenceConfidenceInterval(120, 2400, 150, 2500, 0.9);
    assertClose(narrow.lower, -0.0007044044449016864, 1e-9);
    assertClose(narrow.upper, 0.020704404444901686, 1e-9);
  });
});

describe('normalCdf and normalInverseCdf', () => {
  test('normalCdf known values', () => {
    const cases: [number, number][] = [
      [0, 0.5], [1, 0.84134474606854295], [-1, 0.15865525393145705],
      [1.96, 0.97500210485177956], [-1.96, 0.024997895148220436], [0.3, 0.61791142218895263],
      [-0.7, 0.24196365222307303], [1.5, 0.93319279873114193], [2.5, 0.99379033467422386],
      [3.3, 0.99951657585761622], [6, 0.99999999901341235],
    ];
    for (const [x, expected] of cases) assertClose(normalCdf(x), expected, 1e-9, `normalCdf(${x}):`);
  });

  test('normalCdf lower-tail relative accuracy', () => {
    const cases: [number, number][] = [[-5, 2.8665157187919391e-7], [-8, 6.2209605742717841e-16], [-10, 7.6198530241605261e-24]];
    for (const [x, expected] of cases) assertRelativelyClose(normalCdf(x), expected, 1e-6, `normalCdf(${x}):`);
  });

  test('normalInverseCdf known values and round trip', () => {
    const cases: [number, number][] = [
      [0.5, 0], [0.975, 1.9599639845400539], [0.995, 2.5758293035489005], [0.9, 1.2815515655446006],
      [0.05, -1.6448536269514727], [0.02, -2.053748910631823], [0.3, -0.52440051270804082],
      [1e-6, -4.753424308822899], [1e-10, -6.3613409024040562],
    ];
    for (const [p, expected] of cases) assertClose(normalInverseCdf(p), expected, 1e-8, `normalInverseCdf(${p}):`);
    for (let i = 0; i < 10_000; i++) {
      const p = (i + 0.5) / 10_000;
      assertClose(normalCdf(normalInverseCdf(p)), p, 1e-9, `round trip at p = ${p}:`);
    }
    for (const p of [0, 1, -0.1, 1.1]) assert.throws(() => normalInverseCdf(p), Error, `p = ${p}`);
  });
});
