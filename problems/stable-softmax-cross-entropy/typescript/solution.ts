/** exp(x_i) / sum_j exp(x_j), without overflow for large logits. Throws an Error if empty. */
export function softmax(logits: readonly number[]): number[] {
  throw new Error('Write your solution here');
}

/** x_i - log(sum_j exp(x_j)), computed with log-sum-exp. Throws an Error if empty. */
export function logSoftmax(logits: readonly number[]): number[] {
  throw new Error('Write your solution here');
}

/** -logSoftmax(logits)[target]. Throws an Error if logits is empty or target is out of range. */
export function crossEntropy(logits: readonly number[], target: number): number {
  throw new Error('Write your solution here');
}
