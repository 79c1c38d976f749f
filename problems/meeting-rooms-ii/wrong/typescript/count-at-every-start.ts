// Wrong: correct answers, but counts the meetings running at each start time by scanning them all: O(n^2).
export function minMeetingRooms(intervals: Array<[number, number]>): number {
  let best = 0;
  for (const [moment] of intervals) {
    let running = 0;
    for (const [start, end] of intervals) if (start <= moment && moment < end) running++;
    best = Math.max(best, running);
  }
  return best;
}
