// Wrong: accumulates dgamma from dy * x instead of dy * xHat.
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

/** { xHat, sigma } for one row: mean 0, biased variance, eps inside the square root. */
function normaliseRow(row: number[], eps: number): { xHat: number[]; sigma: number } {
  const d = row.length;
  const mu = row.reduce((a, b) => a + b, 0) / d;
  const variance = row.reduce((s, v) => s + (v - mu) ** 2, 0) / d; // divide by d, not d - 1
  const sigma = Math.sqrt(variance + eps);
  return { xHat: row.map((v) => (v - mu) / sigma), sigma };
}

/** gamma * (x - mean) / sqrt(var + eps) + beta, with mean and var taken over each row. */
export function layerNormForward(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  check(x, gamma, eps);
  if (beta.length !== gamma.length) throw new Error('gamma and beta must have the same length');
  return x.map((row) => normaliseRow(row, eps).xHat.map((v, j) => (gamma[j] ?? NaN) * v + (beta[j] ?? NaN)));
}

/** { dx, dgamma, dbeta } given dy = dL/dy for y = layerNormForward(x, gamma, beta, eps). */
export function layerNormBackward(dy: number[][], x: number[][], gamma: number[], eps = 1e-5): LayerNormGradients {
  check(x, gamma, eps);
  const d = gamma.length;
  if (dy.length !== x.length || dy.some((row) => row.length !== d)) throw new Error('dy must have the shape of x');
  const dgamma = new Array<number>(d).fill(0);
  const dbeta = new Array<number>(d).fill(0);
  const dx = x.map((row, i) => {
    const drow = dy[i] ?? [];
    const { xHat, sigma } = normaliseRow(row, eps);
    const g = drow.map((v, j) => v * (gamma[j] ?? NaN)); // dL/dx_hat
    for (let j = 0; j < d; j++) {
      dgamma[j] = (dgamma[j] ?? 0) + (drow[j] ?? NaN) * (row[j] ?? NaN);
      dbeta[j] = (dbeta[j] ?? 0) + (drow[j] ?? NaN);
    }
    const meanG = g.reduce((a, b) => a + b, 0) / d;
    const meanGX = g.reduce((s, v, j) => s + v * (xHat[j] ?? NaN), 0) / d;
    // The mean and the variance both depend on every x_j: the two subtracted terms are their paths.
    return g.map((v, j) => (v - meanG - (xHat[j] ?? NaN) * meanGX) / sigma);
  });
  return { dx, dgamma, dbeta };
}
