// Wrong: applies the mask by multiplying scores by 0/1, so a hidden key still gets weight from a score of 0.
/** n x n mask with mask[i][j] true exactly when j <= i (a position sees itself and the past). */
export function causalMask(n: number): boolean[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => j <= i));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  a.forEach((x, c) => {
    sum += x * (b[c] ?? 0);
  });
  return sum;
}

function width(rows: readonly (readonly number[])[], what: string): number {
  const w = rows[0]?.length ?? 0;
  if (rows.length === 0 || w === 0 || rows.some((row) => row.length !== w)) {
    throw new Error(`${what} needs at least one row, all of the same width >= 1`);
  }
  return w;
}

/** softmax(Q K^T / sqrt(d_k)) row by row; masked-out keys get weight 0; a fully masked row is all 0. */
export function attentionWeights(Q: number[][], K: number[][], mask?: boolean[][]): number[][] {
  const dk = width(Q, 'Q');
  if (width(K, 'K') !== dk) throw new Error('Q and K must have the same width d_k');
  if (mask !== undefined && (mask.length !== Q.length || mask.some((row) => row.length !== K.length))) {
    throw new Error('mask must be len(Q) x len(K)');
  }
  const scale = 1 / Math.sqrt(dk);
  return Q.map((q, i) => {
    // Multiply each score by its mask entry (1 = visible, 0 = hidden).
    const scores = K.map((k, j) => dot(q, k) * scale * (mask === undefined || mask[i]?.[j] === true ? 1 : 0));
    let m = -Infinity;
    for (const s of scores) if (s > m) m = s;
    // Subtract the largest score so no exp overflows.
    const exps = scores.map((s) => Math.exp(s - m));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  });
}

/** attentionWeights(Q, K, mask) times V: one output row of width d_v per query. */
export function scaledDotProductAttention(Q: number[][], K: number[][], V: number[][], mask?: boolean[][]): number[][] {
  const dv = width(V, 'V');
  if (V.length !== K.length) throw new Error('V must have one row per key');
  return attentionWeights(Q, K, mask).map((row) => {
    const out = new Array<number>(dv).fill(0);
    row.forEach((w, j) => {
      const v = V[j] ?? [];
      for (let c = 0; c < dv; c++) out[c] = (out[c] ?? 0) + w * (v[c] ?? 0);
    });
    return out;
  });
}

/** Split the columns of Q, K and V into numHeads contiguous blocks, attend per head, concatenate. */
export function multiHeadAttention(Q: number[][], K: number[][], V: number[][], numHeads: number, mask?: boolean[][]): number[][] {
  if (!Number.isInteger(numHeads) || numHeads < 1) throw new Error('numHeads must be a whole number >= 1');
  const dModel = width(Q, 'Q');
  const dv = width(V, 'V');
  if (width(K, 'K') !== dModel) throw new Error('Q and K must have the same width');
  if (dModel % numHeads !== 0 || dv % numHeads !== 0) throw new Error('numHeads must divide the widths of Q, K and V');
  const hk = dModel / numHeads;
  const hv = dv / numHeads;
  const out: number[][] = Q.map(() => []);
  for (let h = 0; h < numHeads; h++) {
    // Head h owns the contiguous columns [h * width, (h + 1) * width).
    const slice = (rows: number[][], w: number): number[][] => rows.map((row) => row.slice(h * w, (h + 1) * w));
    scaledDotProductAttention(slice(Q, hk), slice(K, hk), slice(V, hv), mask).forEach((headRow, i) => {
      out[i]?.push(...headRow);
    });
  }
  return out;
}
