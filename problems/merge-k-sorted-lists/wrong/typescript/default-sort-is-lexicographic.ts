// Wrong: concatenates and calls sort() without a comparator, which orders numbers as strings ("10" < "9", "-1" < "-5").
export function mergeKSorted(lists: number[][]): number[] {
  return ([] as number[]).concat(...lists).sort();
}
