// Wrong: every level restarts at the first candidate, so each multiset is produced once per ordering ([2, 2, 3], [2, 3, 2], ...).
export function combinationSum(candidates: number[], target: number): number[][] {
  const values = [...candidates].sort((a, b) => a - b);
  const result: number[][] = [];
  const chosen: number[] = [];
  const extend = (remaining: number): void => {
    if (remaining === 0) {
      result.push([...chosen]);
      return;
    }
    for (const value of values) {
      if (value > remaining) break;
      chosen.push(value);
      extend(remaining - value);
      chosen.pop();
    }
  };
  extend(target);
  return result;
}
