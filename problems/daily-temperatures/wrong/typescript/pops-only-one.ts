// Wrong: uses if instead of while, so a warm day answers only the most recent waiting day and colder days below it keep waiting.
export function daysUntilWarmer(temps: number[]): number[] {
  const answer = new Array<number>(temps.length).fill(0);
  const waiting: number[] = [];
  temps.forEach((temperature, day) => {
    const top = waiting[waiting.length - 1];
    if (top !== undefined && (temps[top] ?? 0) < temperature) {
      waiting.pop();
      answer[top] = day - top;
    }
    waiting.push(day);
  });
  return answer;
}
