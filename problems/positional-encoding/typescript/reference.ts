/**
 * seqLen rows of dModel values: sin(pos * w_i) in column 2i, cos(pos * w_i) in column 2i + 1,
 * with w_i = 1 / 10000^(2i / dModel).
 */
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  // Frequency of every column: columns 2i and 2i + 1 share w_i = 10000^(-2i / dModel).
  // (j - j % 2) is 2i for both columns of the pair; an odd dModel leaves a lone sine at the end.
  const frequencies = Array.from({ length: dModel }, (_, j) => 10000 ** (-(j - (j % 2)) / dModel));

  const table: number[][] = [];
  for (let pos = 0; pos < seqLen; pos++) {
    table.push(frequencies.map((w, j) => (j % 2 === 0 ? Math.sin(pos * w) : Math.cos(pos * w))));
  }
  return table;
}
