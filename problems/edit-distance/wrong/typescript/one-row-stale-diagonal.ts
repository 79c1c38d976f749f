// Wrong: a one-row table that reads the diagonal from row[j - 1] after it has already been overwritten with this row's value.
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const diagonal = row[j - 1] ?? 0;
      if (a[i - 1] === b[j - 1]) row[j] = diagonal;
      else row[j] = 1 + Math.min(diagonal, row[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  return row[b.length] ?? 0;
}
