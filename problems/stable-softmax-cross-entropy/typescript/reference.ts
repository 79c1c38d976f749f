/** log(sum_j exp(x_j)), shifted by the max so no exponent is positive. */
function logSumExp(logits: readonly number[]): number {
  if (logits.length === 0) throw new Error('logits must not be empty');
  // A loop rather than Math.max(...logits): spreading a million arguments can overflow the stack.
  let m = -Infinity;
  for (const x of logits) if (x > m) m = x;
  // Every exp(x - m) is in (0, 1] and the max term is exactly 1, so the sum is in
  // [1, n]: it can neither overflow nor underflow to 0.
  let sum = 0;
  for (const x of logits) sum += Math.exp(x - m);
  return m + Math.log(sum);
}

/** exp(x_i) / sum_j exp(x_j), without overflow for large logits. Throws an Error if empty. */
export function softmax(logits: readonly number[]): number[] {
  if (logits.length === 0) throw new Error('logits must not be empty');
  let m = -Infinity;
  for (const x of logits) if (x > m) m = x;
  const exps = logits.map((x) => Math.exp(x - m)); // subtracting the max changes nothing but the scale
  let total = 0;
  for (const e of exps) total += e;
  return exps.map((e) => e / total);
}

/** x_i - log(sum_j exp(x_j)), computed with log-sum-exp. Throws an Error if empty. */
export function logSoftmax(logits: readonly number[]): number[] {
  const lse = logSumExp(logits);
  return logits.map((x) => x - lse);
}

/** -logSoftmax(logits)[target]. Throws an Error if logits is empty or target is out of range. */
export function crossEntropy(logits: readonly number[], target: number): number {
  const logit = logits[target];
  if (!Number.isInteger(target) || logit === undefined) {
    throw new Error(`target ${target} is not a class index for ${logits.length} logits`);
  }
  // Only one entry of logSoftmax is needed: x_t - logsumexp(x).
  return logSumExp(logits) - logit;
}
