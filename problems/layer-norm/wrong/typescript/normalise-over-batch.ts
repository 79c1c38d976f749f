// Wrong: normalises each feature over the batch (batch norm) instead of each row over its features.
export interface LayerNormGradients {
  dx: number[][];
  dgamma: number[];
  dbeta: number[];
}

function check(x: number[][], gamma: number[], eps: number): void {
  const d = gamma.length;
  if (x.length === 0 || d === 0 || x.some((row) => row.length !== d)) {
    throw new Error('x needs at least one row, and every row must have gamma.length >= 1 entries');
  }
  if (!(eps > 0)) throw new Error('eps must be positive');
}

/** { xHat, sigma } for one feature across the batch. */
function normaliseColumn(col: number[], eps: number): { xHat: number[]; sigma: number } {
  const n = col.length;
  const mu = col.reduce((a, b) => a + b, 0) / n;
  const variance = col.reduce((s, v) => s + (v - mu) ** 2, 0) / n;
  const sigma = Math.sqrt(variance + eps);
  return { xHat: col.map((v) => (v - mu) / sigma), sigma };
}

const column = (m: number[][], j: number): number[] => m.map((row) => row[j] ?? NaN);

/** gamma * (x - mean) / sqrt(var + eps) + beta. */
export function layerNormForward(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  check(x, gamma, eps);
  if (beta.length !== gamma.length) throw new Error('gamma and beta must have the same length');
  const cols = gamma.map((_, j) => normaliseColumn(column(x, j), eps).xHat);
  return x.map((row, i) => row.map((_, j) => (gamma[j] ?? NaN) * (cols[j]?.[i] ?? NaN) + (beta[j] ?? NaN)));
}

/** { dx, dgamma, dbeta } given dy = dL/dy for y = layerNormForward(x, gamma, beta, eps). */
export function layerNormBackward(dy: number[][], x: number[][], gamma: number[], eps = 1e-5): LayerNormGradients {
  check(x, gamma, eps);
  const n = x.length;
  if (dy.length !== n || dy.some((row) => row.length !== gamma.length)) throw new Error('dy must have the shape of x');
  const dx = x.map((row) => row.map(() => 0));
  const dgamma = gamma.map(() => 0);
  const dbeta = gamma.map(() => 0);
  gamma.forEach((gj, j) => {
    const { xHat, sigma } = normaliseColumn(column(x, j), eps);
    const dcol = column(dy, j);
    dgamma[j] = dcol.reduce((s, v, i) => s + v * (xHat[i] ?? NaN), 0);
    dbeta[j] = dcol.reduce((a, b) => a + b, 0);
    const g = dcol.map((v) => v * gj);
    const meanG = g.reduce((a, b) => a + b, 0) / n;
    const meanGX = g.reduce((s, v, i) => s + v * (xHat[i] ?? NaN), 0) / n;
    g.forEach((v, i) => {
      const row = dx[i];
      if (row) row[j] = (v - meanG - (xHat[i] ?? NaN) * meanGX) / sigma;
    });
  });
  return { dx, dgamma, dbeta };
}
