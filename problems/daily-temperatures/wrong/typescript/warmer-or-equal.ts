// Wrong: walks from the last day back and discards stack days that are colder (<) but keeps equal ones, so a day with the same temperature is taken as warmer.
export function daysUntilWarmer(temps: number[]): number[] {
  const answer = new Array<number>(temps.length).fill(0);
  const later: number[] = []; // days after i that could still be the next warmer day
  for (let i = temps.length - 1; i >= 0; i--) {
    const temperature = temps[i] ?? 0;
    while (later.length > 0 && (temps[later[later.length - 1] ?? 0] ?? 0) < temperature) later.pop();
    const next = later[later.length - 1];
    if (next !== undefined) answer[i] = next - i;
    later.push(i);
  }
  return answer;
}
