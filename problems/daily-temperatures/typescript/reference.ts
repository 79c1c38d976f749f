/** A monotonic stack of days still waiting for a warmer day, coldest on top. */
export function daysUntilWarmer(temps: number[]): number[] {
  const answer = new Array<number>(temps.length).fill(0); // days that never find a warmer day keep their 0
  const waiting: Array<[number, number]> = []; // [temperature, day]; temperatures never increase from bottom to top
  let day = 0;
  for (const temperature of temps) {
    let top = waiting[waiting.length - 1];
    while (top !== undefined && top[0] < temperature) {
      // strictly warmer: equal temperatures keep waiting
      waiting.pop();
      answer[top[1]] = day - top[1];
      top = waiting[waiting.length - 1];
    }
    waiting.push([temperature, day]);
    day++;
  }
  return answer;
}
