// Wrong: uses Phi^-1(confidence) as the critical value (1.645 for 95%) instead of the two-sided Phi^-1(1 - (1 - confidence) / 2) (1.96).

const SQRT2 = Math.SQRT2;
const SQRT_PI = Math.sqrt(Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);

function erfSeries(x: number): number {
  const twoXSquared = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 500; n++) {
    term *= twoXSquared / (2 * n + 1);
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x * x) * sum;
}

function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    if (Math.abs(d) < tiny) d = tiny;
    d = 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (SQRT_PI * f);
}

function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 3) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}

export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT2);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function poly(coefficients: number[], x: number): number {
  return coefficients.reduce((acc, c) => acc * x + c, 0);
}

function acklamLower(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

export function normalInverseCdf(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be strictly between 0 and 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p > 0.5) return -normalInverseCdf(1 - p);
  let x = acklamLower(p);
  const e = normalCdf(x) - p;
  const u = e * SQRT_2PI * Math.exp((x * x) / 2);
  x -= u / (1 + (x * u) / 2);
  return x;
}

function checkCounts(conversions: number, n: number, group: string): void {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n_${group} must be a positive integer, got ${n}`);
  if (!Number.isInteger(conversions) || conversions < 0 || conversions > n) {
    throw new RangeError(`conversions_${group} must be an integer in [0, ${n}], got ${conversions}`);
  }
}

export interface ZTestResult {
  z: number;
  pValue: number;
}

export function twoProportionZTest(conversionsA: number, nA: number, conversionsB: number, nB: number): ZTestResult {
  checkCounts(conversionsA, nA, 'a');
  checkCounts(conversionsB, nB, 'b');
  const pA = conversionsA / nA;
  const pB = conversionsB / nB;
  const pooled = (conversionsA + conversionsB) / (nA + nB);
  const variance = pooled * (1 - pooled) * (1 / nA + 1 / nB);
  if (variance <= 0) throw new RangeError('the pooled rate is 0 or 1: the z statistic is undefined');
  const z = (pB - pA) / Math.sqrt(variance);
  return { z, pValue: erfc(Math.abs(z) / SQRT2) };
}

export interface Interval {
  lower: number;
  upper: number;
}

export function differenceConfidenceInterval(conversionsA: number, nA: number, conversionsB: number, nB: number, confidence = 0.95): Interval {
  checkCounts(conversionsA, nA, 'a');
  checkCounts(conversionsB, nB, 'b');
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be strictly between 0 and 1, got ${confidence}`);
  const pA = conversionsA / nA;
  const pB = conversionsB / nB;
  const se = Math.sqrt((pA * (1 - pA)) / nA + (pB * (1 - pB)) / nB);
  if (se <= 0) throw new RangeError('both rates are 0 or 1: the standard error is 0');
  const critical = normalInverseCdf(confidence);
  const difference = pB - pA;
  return { lower: difference - critical * se, upper: difference + critical * se };
}
