// Wrong: scans forward from every day until a warmer one - correct, but O(n^2) on a long cold spell or a flat stretch.
export function daysUntilWarmer(temps: number[]): number[] {
  const answer = new Array<number>(temps.length).fill(0);
  for (let i = 0; i < temps.length; i++) {
    for (let j = i + 1; j < temps.length; j++) {
      if ((temps[j] ?? 0) > (temps[i] ?? 0)) {
        answer[i] = j - i;
        break;
      }
    }
  }
  return answer;
}
