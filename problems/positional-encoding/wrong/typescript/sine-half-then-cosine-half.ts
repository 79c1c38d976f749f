// Wrong: puts all the sines in the first half of the row and all the cosines in the second half instead of interleaving them in (2i, 2i + 1) pairs.
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  const half = Math.ceil(dModel / 2);
  const frequencies = Array.from({ length: half }, (_, i) => 10000 ** ((-2 * i) / dModel));
  return Array.from({ length: seqLen }, (_, pos) =>
    [...frequencies.map((w) => Math.sin(pos * w)), ...frequencies.map((w) => Math.cos(pos * w))].slice(0, dModel),
  );
}
