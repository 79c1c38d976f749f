/** 1 / (1 + e^(-z)), computed without overflow for any finite z. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z)); // exp of a non-positive number: at most 1
  const e = Math.exp(z); // z < 0, so this cannot overflow
  return e / (1 + e);
}

/** Binary logistic regression trained with plain SGD and L2 on the weights (not the bias). */
export class LogisticRegression {
  weights: number[] = [];
  bias = 0;
  private readonly learningRate: number;
  private readonly epochs: number;
  private readonly l2: number;

  constructor(learningRate = 0.1, epochs = 10, l2 = 0) {
    this.learningRate = learningRate;
    this.epochs = epochs;
    this.l2 = l2;
  }

  private logit(x: number[]): number {
    let z = this.bias;
    this.weights.forEach((w, j) => {
      z += w * (x[j] ?? 0);
    });
    return z;
  }

  /** Trains from zero weights and bias, one example at a time in the given order; returns this. */
  fit(X: number[][], y: number[]): LogisticRegression {
    const d = X[0]?.length ?? 0;
    this.weights = new Array<number>(d).fill(0);
    this.bias = 0;
    const eta = this.learningRate;
    for (let epoch = 0; epoch < this.epochs; epoch++) {
      X.forEach((x, i) => {
        const g = sigmoid(this.logit(x)) - (y[i] ?? 0); // d(log loss)/dz
        // Every weight is updated from its value before this step.
        this.weights = this.weights.map((w, j) => w - eta * (g * (x[j] ?? 0) + this.l2 * w));
        this.bias -= eta * g; // the bias is not regularised
      });
    }
    return this;
  }

  /** P(y = 1 | x) for every row of X. */
  predictProba(X: number[][]): number[] {
    return X.map((x) => sigmoid(this.logit(x)));
  }

  /** 1 where the probability is at least 0.5, otherwise 0. */
  predict(X: number[][]): number[] {
    return this.predictProba(X).map((p) => (p >= 0.5 ? 1 : 0));
  }
}
