/** Kahn's algorithm: repeatedly take a course whose prerequisites have all been taken. */
export function courseOrder(numCourses: number, prerequisites: [number, number][]): number[] {
  const unlocks: number[][] = Array.from({ length: numCourses }, () => []);
  const missing = new Array<number>(numCourses).fill(0); // prerequisites of each course not yet taken
  for (const [course, prerequisite] of prerequisites) {
    unlocks[prerequisite]?.push(course);
    missing[course] = (missing[course] ?? 0) + 1;
  }
  // The order doubles as the queue: courses are appended when ready and read from `next`.
  const order: number[] = [];
  for (let course = 0; course < numCourses; course++) if (missing[course] === 0) order.push(course);
  for (let next = 0; next < order.length; next++) {
    for (const later of unlocks[order[next] ?? 0] ?? []) {
      const left = (missing[later] ?? 0) - 1;
      missing[later] = left;
      if (left === 0) order.push(later);
    }
  }
  // Courses on (or behind) a cycle never reach 0 missing prerequisites.
  return order.length === numCourses ? order : [];
}
