/** When the last of servers 1..n receives a change pushed from server k over one-way links [u, v, delay], or -1. */
export function networkDelayTime(times: Array<[number, number, number]>, n: number, k: number): number {
  throw new Error('Write your solution here');
}
