/** n x n mask with mask[i][j] true exactly when j <= i (a position sees itself and the past). */
export function causalMask(n: number): boolean[][] {
  throw new Error('Write your solution here');
}

/** softmax(Q K^T / sqrt(d_k)) row by row; masked-out keys get weight 0; a fully masked row is all 0. */
export function attentionWeights(Q: number[][], K: number[][], mask?: boolean[][]): number[][] {
  throw new Error('Write your solution here');
}

/** attentionWeights(Q, K, mask) times V: one output row of width d_v per query. */
export function scaledDotProductAttention(Q: number[][], K: number[][], V: number[][], mask?: boolean[][]): number[][] {
  throw new Error('Write your solution here');
}

/** Split the columns of Q, K and V into numHeads contiguous blocks, attend per head, concatenate. */
export function multiHeadAttention(Q: number[][], K: number[][], V: number[][], numHeads: number, mask?: boolean[][]): number[][] {
  throw new Error('Write your solution here');
}
