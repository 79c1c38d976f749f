/** Backtracking over a sorted copy: each level may reuse its value or move to a larger one. */
export function combinationSum(candidates: number[], target: number): number[][] {
  const values = [...candidates].sort((a, b) => a - b); // a copy, compared as numbers
  const result: number[][] = [];
  const chosen: number[] = [];

  const extend = (start: number, remaining: number): void => {
    if (remaining === 0) {
      result.push([...chosen]); // a snapshot: chosen keeps changing
      return;
    }
    for (let i = start; i < values.length; i++) {
      const value = values[i] ?? 0;
      if (value > remaining) break; // the values are sorted, so every later one is too large as well
      chosen.push(value);
      extend(i, remaining - value); // i, not i + 1: the same value may be used again
      chosen.pop();
    }
  };

  extend(0, target);
  return result; // smaller values are tried first, so the list comes out in lexicographic order
}
