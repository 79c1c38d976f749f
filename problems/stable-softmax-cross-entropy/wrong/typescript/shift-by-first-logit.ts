// Wrong: subtracts the first logit instead of the largest, which is shift-invariant but still overflows when a later logit is more than about 709 above the first.
function logSumExp(logits: readonly number[]): number {
  const shift = logits[0];
  if (shift === undefined) throw new Error('logits must not be empty');
  return shift + Math.log(logits.reduce((sum, x) => sum + Math.exp(x - shift), 0));
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
