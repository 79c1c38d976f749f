/**
 * seqLen rows of dModel values: sin(pos * w_i) in column 2i, cos(pos * w_i) in column 2i + 1,
 * with w_i = 1 / 10000^(2i / dModel).
 */
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  throw new Error('Write your solution here');
}
