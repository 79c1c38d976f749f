// Wrong: uses the textbook exp(x) / sum(exp(x)) without subtracting the max, so logits above about 709 overflow to Infinity and give NaN.
export function softmax(logits: readonly number[]): number[] {
  if (logits.length === 0) throw new Error('logits must not be empty');
  const exps = logits.map((x) => Math.exp(x));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function logSoftmax(logits: readonly number[]): number[] {
  if (logits.length === 0) throw new Error('logits must not be empty');
  const logTotal = Math.log(logits.reduce((sum, x) => sum + Math.exp(x), 0));
  return logits.map((x) => x - logTotal);
}

export function crossEntropy(logits: readonly number[], target: number): number {
  const logit = logits[target];
  if (!Number.isInteger(target) || logit === undefined) throw new Error('target out of range');
  return -(logSoftmax(logits)[target] ?? NaN);
}
