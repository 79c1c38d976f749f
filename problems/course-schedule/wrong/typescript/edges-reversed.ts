// Wrong: reads each pair as [prerequisite, course], the wrong way round, so the order puts courses before their prerequisites.
export function courseOrder(numCourses: number, prerequisites: [number, number][]): number[] {
  const unlocks: number[][] = Array.from({ length: numCourses }, () => []);
  const missing = new Array<number>(numCourses).fill(0);
  for (const [prerequisite, course] of prerequisites) {
    unlocks[prerequisite]?.push(course);
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
