// Wrong: counts the positions where the letters differ plus the difference in length, which is only an upper bound - a shift by one letter looks like many edits.
export function editDistance(a: string, b: string): number {
  const shared = Math.min(a.length, b.length);
  let edits = Math.abs(a.length - b.length);
  for (let i = 0; i < shared; i++) if (a[i] !== b[i]) edits++;
  return edits;
}
