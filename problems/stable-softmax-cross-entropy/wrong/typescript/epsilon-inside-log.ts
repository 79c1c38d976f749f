// Wrong: guards the log with log(p + 1e-12), which caps the loss near 27.6 and biases every log-probability instead of using log-sum-exp.
const EPSILON = 1e-12;

export function softmax(logits: readonly number[]): number[] {
  if (logits.length === 0) throw new Error('logits must not be empty');
  let m = -Infinity;
  for (const x of logits) if (x > m) m = x;
  const exps = logits.map((x) => Math.exp(x - m));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function logSoftmax(logits: readonly number[]): number[] {
  return softmax(logits).map((p) => Math.log(p + EPSILON));
}

export function crossEntropy(logits: readonly number[], target: number): number {
  if (!Number.isInteger(target) || target < 0 || target >= logits.length) throw new Error('target out of range');
  return -Math.log((softmax(logits)[target] ?? NaN) + EPSILON);
}
