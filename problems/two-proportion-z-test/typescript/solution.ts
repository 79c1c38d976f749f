/** Standard normal CDF Phi(x). */
export function normalCdf(x: number): number {
  throw new Error('Write your solution here');
}

/** The x with normalCdf(x) === p, for 0 < p < 1; throws otherwise. */
export function normalInverseCdf(p: number): number {
  throw new Error('Write your solution here');
}

export interface ZTestResult {
  z: number;
  pValue: number;
}

/** Pooled two-proportion z-test of B against A: z > 0 when B converts better; two-sided p-value. */
export function twoProportionZTest(conversionsA: number, nA: number, conversionsB: number, nB: number): ZTestResult {
  throw new Error('Write your solution here');
}

export interface Interval {
  lower: number;
  upper: number;
}

/** Wald interval for pB - pA with the unpooled standard error. */
export function differenceConfidenceInterval(conversionsA: number, nA: number, conversionsB: number, nB: number, confidence = 0.95): Interval {
  throw new Error('Write your solution here');
}
