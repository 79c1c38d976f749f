// Wrong: leaves out the replace move, so a changed letter costs a delete plus an insert (2) instead of 1.
export function editDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] ?? [];
    const above = table[i - 1] ?? [];
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) row[j] = above[j - 1] ?? 0;
      else row[j] = 1 + Math.min(above[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  return table[a.length]?.[b.length] ?? 0;
}
