/** An order of all courses that puts each prerequisite before its course, or [] if none exists. */
export function courseOrder(numCourses: number, prerequisites: [number, number][]): number[] {
  throw new Error('Write your solution here');
}
