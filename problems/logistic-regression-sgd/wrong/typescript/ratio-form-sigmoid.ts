// Wrong: computes e^z / (1 + e^z) for every z, so for z above about 709 it is Infinity / Infinity = NaN.
export function sigmoid(z: number): number {
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
      X.forEach((x, i) => {
        const g = sigmoid(this.logit(x)) - (y[i] ?? 0);
        this.weights = this.weights.map((w, j) => w - eta * (g * (x[j] ?? 0) + this.l2 * w));
        this.bias -= eta * g;
      });
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
