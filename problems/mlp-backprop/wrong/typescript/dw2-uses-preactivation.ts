// Wrong: computes dW2 from the pre-activations h instead of the ReLU outputs a.
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

const at = (v: readonly number[], i: number): number => v[i] ?? 0;
const cell = (m: readonly (readonly number[])[], i: number, j: number): number => m[i]?.[j] ?? 0;

/** Pre-activations h = X W1 + b1, one row per example. */
function hidden(X: number[][], W1: number[][], b1: number[]): number[][] {
  return X.map((x) => b1.map((b, k) => x.reduce((sum, xj, j) => sum + xj * cell(W1, j, k), b)));
}

/** z = A W2 + b2, one row per example. */
function logits(A: number[][], W2: number[][], b2: number[]): number[][] {
  return A.map((a) => b2.map((b, c) => a.reduce((sum, ak, k) => sum + ak * cell(W2, k, c), b)));
}

/** The logits relu(X W1 + b1) W2 + b2, one row of C numbers per example. */
export function mlpForward(X: number[][], W1: number[][], b1: number[], W2: number[][], b2: number[]): number[][] {
  const A = hidden(X, W1, b1).map((row) => row.map((v) => Math.max(v, 0)));
  return logits(A, W2, b2);
}

/** Mean softmax cross-entropy over the batch and its gradients { W1, b1, W2, b2 }. */
export function mlpForwardBackward(X: number[][], y: number[], W1: number[][], b1: number[], W2: number[][], b2: number[]): MlpResult {
  const n = X.length;
  const C = b2.length;
  const H = b1.length;
  const d = W1.length;
  if (n === 0 || y.length !== n) throw new Error('need one label per example and at least one example');
  if (y.some((t) => !Number.isInteger(t) || t < 0 || t >= C)) throw new Error(`every label must be a class index in [0, ${C})`);

  // Forward, keeping what the backward pass needs.
  const Hpre = hidden(X, W1, b1);
  const A = Hpre.map((row) => row.map((v) => Math.max(v, 0)));
  const Z = logits(A, W2, b2);

  let loss = 0;
  const dZ = Z.map((z, r) => {
    const t = at(y, r);
    const m = Math.max(...z); // log-sum-exp with the max shifted out: no overflow for large logits
    const lse = m + Math.log(z.reduce((sum, v) => sum + Math.exp(v - m), 0));
    loss += lse - at(z, t);
    // d(mean CE)/dz = (softmax(z) - onehot(t)) / n
    return z.map((v, c) => (Math.exp(v - lse) - (c === t ? 1 : 0)) / n);
  });
  loss /= n;

  const rows = Array.from({ length: n }, (_, r) => r);
  const dW2 = Array.from({ length: H }, (_, k) => Array.from({ length: C }, (_, c) => rows.reduce((s, r) => s + cell(Hpre, r, k) * cell(dZ, r, c), 0)));
  const db2 = Array.from({ length: C }, (_, c) => rows.reduce((s, r) => s + cell(dZ, r, c), 0));
  // Back through the second layer, then through the ReLU: its derivative is 1 where h > 0 and 0 where h <= 0.
  const dHpre = rows.map((r) =>
    Array.from({ length: H }, (_, k) => (cell(Hpre, r, k) > 0 ? (dZ[r] ?? []).reduce((s, g, c) => s + g * cell(W2, k, c), 0) : 0)),
  );
  const dW1 = Array.from({ length: d }, (_, j) => Array.from({ length: H }, (_, k) => rows.reduce((s, r) => s + cell(X, r, j) * cell(dHpre, r, k), 0)));
  const db1 = Array.from({ length: H }, (_, k) => rows.reduce((s, r) => s + cell(dHpre, r, k), 0));
  return { loss, grads: { W1: dW1, b1: db1, W2: dW2, b2: db2 } };
}
