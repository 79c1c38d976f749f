export interface MlpGradients {
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
}

export interface MlpResult {
  loss: number;
  grads: MlpGradients;
}

/** The logits relu(X W1 + b1) W2 + b2, one row of C numbers per example. */
export function mlpForward(X: number[][], W1: number[][], b1: number[], W2: number[][], b2: number[]): number[][] {
  throw new Error('Write your solution here');
}

/** Mean softmax cross-entropy over the batch and its gradients { W1, b1, W2, b2 }. */
export function mlpForwardBackward(X: number[][], y: number[], W1: number[][], b1: number[], W2: number[][], b2: number[]): MlpResult {
  throw new Error('Write your solution here');
}
