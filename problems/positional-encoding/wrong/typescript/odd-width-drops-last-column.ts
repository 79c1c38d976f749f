// Wrong: loops over the floor(dModel / 2) (sin, cos) pairs, so an odd width loses its last column, the lone sine.
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  const table: number[][] = [];
  for (let pos = 0; pos < seqLen; pos++) {
    const row: number[] = [];
    for (let i = 0; i < Math.floor(dModel / 2); i++) {
      const angle = pos / 10000 ** ((2 * i) / dModel);
      row.push(Math.sin(angle), Math.cos(angle));
    }
    table.push(row);
  }
  return table;
}
