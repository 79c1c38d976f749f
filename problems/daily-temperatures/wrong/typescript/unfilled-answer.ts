// Wrong: creates the answer with new Array(n) and never fills it, so days that never see a warmer day are left as holes instead of 0.
export function daysUntilWarmer(temps: number[]): number[] {
  const answer: number[] = new Array<number>(temps.length);
  const waiting: number[] = [];
  temps.forEach((temperature, day) => {
    for (let top = waiting[waiting.length - 1]; top !== undefined && (temps[top] ?? 0) < temperature; top = waiting[waiting.length - 1]) {
      waiting.pop();
      answer[top] = day - top;
    }
    waiting.push(day);
  });
  return answer;
}
