/** Levenshtein distance by dynamic programming, keeping one row of the table at a time. */
export function editDistance(a: string, b: string): number {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a]; // the row runs over the shorter string: O(min(m, n)) extra space
  // previous[j] = distance between the first i - 1 letters of long and the first j letters of short
  let previous = Array.from({ length: short.length + 1 }, (_, j) => j); // from the empty prefix: j insertions
  for (let i = 1; i <= long.length; i++) {
    const current = new Array<number>(short.length + 1).fill(0);
    current[0] = i; // to the empty prefix: i deletions
    for (let j = 1; j <= short.length; j++) {
      const diagonal = previous[j - 1] ?? 0;
      if (long[i - 1] === short[j - 1]) {
        current[j] = diagonal; // the letters match: no edit needed
      } else {
        current[j] = 1 + Math.min(diagonal, previous[j] ?? 0, current[j - 1] ?? 0); // replace, delete, insert
      }
    }
    previous = current;
  }
  return previous[short.length] ?? 0;
}
