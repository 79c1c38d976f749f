// Wrong: stores each course's unlocks in a set, so a repeated pair is unlocked once but counted twice as missing: the course is never ready.
export function courseOrder(numCourses: number, prerequisites: [number, number][]): number[] {
  const unlocks: Set<number>[] = Array.from({ length: numCourses }, () => new Set<number>());
  const missing = new Array<number>(numCourses).fill(0);
  for (const [course, prerequisite] of prerequisites) {
    unlocks[prerequisite]?.add(course);
    missing[course] = (missing[course] ?? 0) + 1;
  }
  const ready: number[] = [];
  for (let course = 0; course < numCourses; course++) if (missing[course] === 0) ready.push(course);
  const order: number[] = [];
  for (let head = 0; head < ready.length; head++) {
    const course = ready[head] ?? 0;
    order.push(course);
    for (const later of unlocks[course] ?? []) {
      missing[later] = (missing[later] ?? 0) - 1;
      if (missing[later] === 0) ready.push(later);
    }
  }
  return order.length === numCourses ? order : [];
}
