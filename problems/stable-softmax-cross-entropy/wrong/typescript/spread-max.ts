// Wrong: finds the max with Math.max(...logits), which passes every logit as an argument and overflows the call stack on a long input.
function logSumExp(logits: readonly number[]): number {
  if (logits.length === 0) throw new Error('logits must not be empty');
  const m = Math.max(...logits);
  return m + Math.log(logits.reduce((sum, x) => sum + Math.exp(x - m), 0));
}

export function softmax(logits: readonly number[]): number[] {
  const lse = logSumExp(logits);
  return logits.map((x) => Math.exp(x - lse));
}

export function logSoftmax(logits: readonly number[]): number[] {
  const lse = logSumExp(logits);
  return logits.map((x) => x - lse);
}

export function crossEntropy(logits: readonly number[], target: number): number {
  const logit = logits[target];
  if (!Number.isInteger(target) || logit === undefined) throw new Error('target out of range');
  return logSumExp(logits) - logit;
}
