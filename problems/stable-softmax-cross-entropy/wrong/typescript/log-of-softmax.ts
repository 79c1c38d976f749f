// Wrong: takes the log of the (stable) softmax, so a probability that rounds to 0 gives -Infinity instead of a large finite log-probability.
export function softmax(logits: readonly number[]): number[] {
  if (logits.length === 0) throw new Error('logits must not be empty');
  let m = -Infinity;
  for (const x of logits) if (x > m) m = x;
  const exps = logits.map((x) => Math.exp(x - m));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function logSoftmax(logits: readonly number[]): number[] {
  return softmax(logits).map((p) => Math.log(p));
}

export function crossEntropy(logits: readonly number[], target: number): number {
  if (!Number.isInteger(target) || target < 0 || target >= logits.length) throw new Error('target out of range');
  return -Math.log(softmax(logits)[target] ?? NaN);
}
