// Wrong: sorts a copy with sort() and no comparator, which orders numbers as strings (10 before 2), so the break prunes too early and the order is off.
export function combinationSum(candidates: number[], target: number): number[][] {
  const values = [...candidates].sort();
  const result: number[][] = [];
  const chosen: number[] = [];
  const extend = (start: number, remaining: number): void => {
    if (remaining === 0) {
      result.push([...chosen]);
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
