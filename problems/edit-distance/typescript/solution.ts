/** The fewest single-letter inserts, deletes and replacements that turn a into b. */
export function editDistance(a: string, b: string): number {
  throw new Error('Write your solution here');
}
