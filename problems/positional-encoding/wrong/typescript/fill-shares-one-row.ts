// Wrong: builds the table with new Array(seqLen).fill(row), so every row is the same array object and all rows end up holding the last position.
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  const table: number[][] = new Array<number[]>(seqLen).fill(new Array<number>(dModel).fill(0));
  for (let pos = 0; pos < seqLen; pos++) {
    const row = table[pos];
    if (row === undefined) continue;
    for (let j = 0; j < dModel; j++) {
      const angle = pos / 10000 ** ((j - (j % 2)) / dModel);
      row[j] = j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return table;
}
