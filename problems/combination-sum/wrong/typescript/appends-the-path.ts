// Wrong: records the path array itself instead of a copy, so every recorded combination is the same array, which backtracking empties again by the end.
export function combinationSum(candidates: number[], target: number): number[][] {
  const values = [...candidates].sort((a, b) => a - b);
  const result: number[][] = [];
  const chosen: number[] = [];
  const extend = (start: number, remaining: number): void => {
    if (remaining === 0) {
      result.push(chosen);
      return;
    }
    for (let i = start; i < values.length; i++) {
      const value = values[i] ?? 0;
      if (value > remaining) break;
      chosen.push(value);
      extend(i, remaining - value);
      chosen.pop();
    }
  };
  extend(0, target);
  return result;
}
