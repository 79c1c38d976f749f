// Wrong: a recursive depth-first search, which overflows the call stack on a long chain of prerequisites.
export function courseOrder(numCourses: number, prerequisites: [number, number][]): number[] {
  const unlocks: number[][] = Array.from({ length: numCourses }, () => []);
  for (const [course, prerequisite] of prerequisites) unlocks[prerequisite]?.push(course);
  const state = new Array<number>(numCourses).fill(0); // 0 unseen, 1 on the current path, 2 finished
  const finished: number[] = [];
  const visit = (course: number): boolean => {
    if (state[course] === 1) return false; // back on the current path: a cycle
    if (state[course] === 2) return true;
    state[course] = 1;
    for (const later of unlocks[course] ?? []) if (!visit(later)) return false;
    state[course] = 2;
    finished.push(course);
    return true;
  };
  for (let course = 0; course < numCourses; course++) if (!visit(course)) return [];
  return finished.reverse();
}
