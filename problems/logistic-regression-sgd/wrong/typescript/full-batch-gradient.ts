// Wrong: sums the gradient over the whole epoch and updates once per epoch (batch gradient descent) instead of once per example.
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

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
    return this.weights.reduce((z, w, j) => z + w * (x[j] ?? 0), this.bias);
  }

  fit(X: number[][], y: number[]): LogisticRegression {
    this.weights = new Array<number>(X[0]?.length ?? 0).fill(0);
    this.bias = 0;
    const eta = this.learningRate;
    for (let epoch = 0; epoch < this.epochs; epoch++) {
      let gradW = this.weights.map(() => 0);
      let gradB = 0;
      X.forEach((x, i) => {
        const g = sigmoid(this.logit(x)) - (y[i] ?? 0);
        gradW = gradW.map((gw, j) => gw + g * (x[j] ?? 0));
        gradB += g;
      });
      this.weights = this.weights.map((w, j) => w - eta * ((gradW[j] ?? 0) + this.l2 * w));
      this.bias -= eta * gradB;
    }
    return this;
  }

  predictProba(X: number[][]): number[] {
    return X.map((x) => sigmoid(this.logit(x)));
  }

  predict(X: number[][]): number[] {
    return this.predictProba(X).map((p) => (p >= 0.5 ? 1 : 0));
  }
}
