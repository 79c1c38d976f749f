/** Fewest rooms that host every [start, end) meeting without overlaps in a room. */
export function minMeetingRooms(intervals: Array<[number, number]>): number {
  throw new Error('Write your solution here');
}
