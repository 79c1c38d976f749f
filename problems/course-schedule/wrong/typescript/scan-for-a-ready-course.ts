// Wrong: scans every course for one that is ready each time it takes a course: O(V^2 + E) instead of O(V + E).
export function courseOrder(numCourses: number, prerequisites: [number, number][]): number[] {
  const unlocks: number[][] = Array.from({ length: numCourses }, () => []);
  const missing = new Array<number>(numCourses).fill(0);
  for (const [course, prerequisite] of prerequisites) {
    unlocks[prerequisite]?.push(course);
    missing[course] = (missing[course] ?? 0) + 1;
  }
  const taken = new Array<boolean>(numCourses).fill(false);
  const order: number[] = [];
  while (order.length < numCourses) {
    let ready = -1;
    for (let course = 0; course < numCourses && ready === -1; course++) if (!taken[course] && missing[course] === 0) ready = course;
    if (ready === -1) return []; // every course left waits on another: a cycle
    taken[ready] = true;
    order.push(ready);
    for (const later of unlocks[ready] ?? []) missing[later] = (missing[later] ?? 0) - 1;
  }
  return order;
}
