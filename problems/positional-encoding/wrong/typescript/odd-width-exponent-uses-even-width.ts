// Wrong: divides the exponent by the even width dModel - dModel % 2 instead of the real dModel, so every frequency is off when the width is odd.
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  const evenWidth = Math.max(2, dModel - (dModel % 2));
  return Array.from({ length: seqLen }, (_, pos) =>
    Array.from({ length: dModel }, (_, j) => {
      const angle = pos / 10000 ** ((j - (j % 2)) / evenWidth);
      return j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }),
  );
}
