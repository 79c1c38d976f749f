/** The smallest daily capacity that ships every shard, in order, within the given number of days. */
export function minDailyCapacity(sizes: number[], days: number): number {
  throw new Error('Write your solution here');
}
