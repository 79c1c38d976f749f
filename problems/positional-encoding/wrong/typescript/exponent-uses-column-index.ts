// Wrong: uses the column index j in the exponent (10000^(j / dModel)) instead of the pair's 2i, so a cosine column does not share its sine's frequency.
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  return Array.from({ length: seqLen }, (_, pos) =>
    Array.from({ length: dModel }, (_, j) => {
      const angle = pos / 10000 ** (j / dModel);
      return j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }),
  );
}
