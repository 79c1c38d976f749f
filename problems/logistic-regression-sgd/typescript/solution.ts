/** 1 / (1 + e^(-z)), computed without overflow for any finite z. */
export function sigmoid(z: number): number {
  throw new Error('Write your solution here');
}

/** Binary logistic regression trained with plain SGD and L2 on the weights (not the bias). */
export class LogisticRegression {
  weights: number[] = [];
  bias = 0;

  constructor(learningRate = 0.1, epochs = 10, l2 = 0) {
    throw new Error('Write your solution here');
  }

  /** Trains from zero weights and bias, one example at a time in the given order; returns this. */
  fit(X: number[][], y: number[]): LogisticRegression {
    throw new Error('Write your solution here');
  }

  /** P(y = 1 | x) for every row of X. */
  predictProba(X: number[][]): number[] {
    throw new Error('Write your solution here');
  }

  /** 1 where the probability is at least 0.5, otherwise 0. */
  predict(X: number[][]): number[] {
    throw new Error('Write your solution here');
  }
}
