// Wrong: sweeps start/end events with a start sorted before an end at the same time, so back-to-back meetings get two rooms.
export function minMeetingRooms(intervals: Array<[number, number]>): number {
  const events: [number, number][] = [];
  for (const [start, end] of intervals) events.push([start, 1], [end, -1]);
  events.sort((a, b) => a[0] - b[0] || b[1] - a[1]); // on a tie the start (+1) comes first
  let rooms = 0;
  let best = 0;
  for (const [, change] of events) {
    rooms += change;
    best = Math.max(best, rooms);
  }
  return best;
}
