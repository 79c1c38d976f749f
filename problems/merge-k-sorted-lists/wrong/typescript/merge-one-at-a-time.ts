// Wrong: merges each list into the running result in turn, re-copying the result k times: O(N * k) time.
export function mergeKSorted(lists: number[][]): number[] {
  let result: number[] = [];
  for (const values of lists) {
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < result.length && j < values.length) {
      const a = result[i] ?? 0;
      const b = values[j] ?? 0;
      if (a <= b) {
        merged.push(a);
        i++;
      } else {
        merged.push(b);
        j++;
      }
    }
    result = merged.concat(result.slice(i), values.slice(j));
  }
  return result;
}
