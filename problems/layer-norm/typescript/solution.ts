export interface LayerNormGradients {
  dx: number[][];
  dgamma: number[];
  dbeta: number[];
}

/** gamma * (x - mean) / sqrt(var + eps) + beta, with mean and var taken over each row. */
export function layerNormForward(x: number[][], gamma: number[], beta: number[], eps = 1e-5): number[][] {
  throw new Error('Write your solution here');
}

/** { dx, dgamma, dbeta } given dy = dL/dy for y = layerNormForward(x, gamma, beta, eps). */
export function layerNormBackward(dy: number[][], x: number[][], gamma: number[], eps = 1e-5): LayerNormGradients {
  throw new Error('Write your solution here');
}
