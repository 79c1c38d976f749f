/** For each day, how many days until a strictly warmer one (0 if none comes). */
export function daysUntilWarmer(temps: number[]): number[] {
  throw new Error('Write your solution here');
}
