// Wrong: takes 1 + the most meetings that overlap any one meeting, but those overlaps need not all happen at once.
export function minMeetingRooms(intervals: Array<[number, number]>): number {
  let best = 0;
  intervals.forEach(([start, end], i) => {
    let overlapping = 0;
    intervals.forEach(([otherStart, otherEnd], j) => {
      if (j !== i && otherStart < end && start < otherEnd) overlapping++;
    });
    best = Math.max(best, overlapping + 1);
  });
  return best;
}
