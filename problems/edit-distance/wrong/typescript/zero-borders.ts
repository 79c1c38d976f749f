// Wrong: fills the whole table with 0, forgetting that turning a prefix into the empty string costs its length (the first row and column).
export function editDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] ?? [];
    const above = table[i - 1] ?? [];
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) row[j] = above[j - 1] ?? 0;
      else row[j] = 1 + Math.min(above[j - 1] ?? 0, above[j] ?? 0, row[j - 1] ?? 0);
    }
  }
  return table[a.length]?.[b.length] ?? 0;
}
