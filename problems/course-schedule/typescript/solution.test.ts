import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { courseOrder } from './solution';

type Pair = [number, number];

/** A small seeded generator, the same in the Python and TypeScript tests. */
class Lcg {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  below(n: number): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return (this.state >>> 16) % n;
  }

  shuffled(n: number): number[] {
    const items = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [items[i], items[j]] = [items[j] ?? 0, items[i] ?? 0];
    }
    return items;
  }
}

/** Runs courseOrder and checks the answer is a valid order (many can be right). */
function assertValidOrder(numCourses: number, prerequisites: Pair[]): number[] {
  return checkOrder(numCourses, prerequisites, courseOrder(numCourses, prerequisites));
}

/** Checks that `order` is a valid order (many can be right) and returns it. */
function checkOrder(numCourses: number, prerequisites: Pair[], order: number[]): number[] {
  assert.ok(Array.isArray(order), 'the answer must be an array');
  assert.equal(order.length, numCourses, 'every course must appear exactly once');
  assert.deepEqual([...order].sort((a, b) => a - b), Array.from({ length: numCourses }, (_, i) => i), 'every course must appear exactly once');
  const position = new Array<number>(numCourses).fill(0);
  order.forEach((course, index) => {
    position[course] = index;
  });
  const broken = prerequisites.filter(([course, prerequisite]) => (position[prerequisite] ?? 0) >= (position[course] ?? 0));
  assert.deepEqual(broken.slice(0, 5), [], 'each prerequisite must come before its course');
  return order;
}

describe('courseOrder', () => {
  test('example 1: several valid orders', () => {
    const order = assertValidOrder(4, [[1, 0], [3, 1], [3, 2]]);
    assert.ok(['0,1,2,3', '0,2,1,3', '2,0,1,3'].includes(order.join(',')), `unexpected order ${JSON.stringify(order)}`);
  });

  test('example 2: a cycle has no order', () => {
    assert.deepEqual(courseOrder(3, [[0, 2], [1, 0], [2, 1]]), []);
  });

  test('example 3: no prerequisites', () => {
    assertValidOrder(3, []);
  });

  test('a single course', () => {
    assert.deepEqual(courseOrder(1, []), [0]);
  });

  test('a course that requires itself', () => {
    assert.deepEqual(courseOrder(2, [[1, 1]]), []);
    assert.deepEqual(courseOrder(1, [[0, 0]]), []);
  });

  test('a cycle in one part blocks everything', () => {
    assert.deepEqual(courseOrder(2, [[0, 1], [1, 0]]), []);
    // Courses 0..2 are fine on their own, but 3, 4 and 5 need each other.
    assert.deepEqual(courseOrder(6, [[1, 0], [2, 1], [4, 3], [5, 4], [3, 5]]), []);
  });

  test('a reversed chain has one valid order', () => {
    const prerequisites: Pair[] = Array.from({ length: 7 }, (_, i): Pair => [i, i + 1]); // course i needs course i + 1
    const order = assertValidOrder(8, prerequisites);
    assert.deepEqual(order, [7, 6, 5, 4, 3, 2, 1, 0]);
  });

  test('repeated pairs and a diamond', () => {
    const prerequisites: Pair[] = [[1, 0], [2, 0], [3, 1], [3, 2], [3, 1], [4, 3], [4, 0], [4, 3]];
    assertValidOrder(5, prerequisites);
    assertValidOrder(7, [...prerequisites, [6, 5]]); // plus a separate pair of courses
  });

  test('the input is not modified', () => {
    const prerequisites: Pair[] = [[2, 0], [1, 2], [3, 0]];
    courseOrder(4, prerequisites);
    assert.deepEqual(prerequisites, [[2, 0], [1, 2], [3, 0]]);
  });

  test('seeded random graphs', () => {
    const rng = new Lcg(99);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + rng.below(30);
      const rank = rng.shuffled(n); // a hidden order that every pair below respects
      const prerequisites: Pair[] = [];
      const pairCount = rng.below(3 * n);
      for (let p = 0; p < pairCount; p++) {
        const a = rng.below(n);
        const b = rng.below(n);
        if (a !== b) prerequisites.push((rank[a] ?? 0) < (rank[b] ?? 0) ? [b, a] : [a, b]);
      }
      assertValidOrder(n, prerequisites);
      // Close a cycle through 1 to 5 courses: course cycle[j + 1] needs cycle[j], and the first needs the last.
      const cycle = rng.shuffled(n).slice(0, 1 + rng.below(Math.min(n, 5)));
      const withCycle: Pair[] = [...prerequisites, ...cycle.map((course, j): Pair => [cycle[(j + 1) % cycle.length] ?? 0, course])];
      assert.deepEqual(courseOrder(n, withCycle), [], `trial ${trial}: the cycle ${JSON.stringify(cycle)} was missed`);
    }
  });

  test('a layered graph', () => {
    // 4 layers of 500 courses; each course needs two courses of the layer below.
    const n = 2000;
    const width = 500;
    const layered: Pair[] = [];
    for (let course = width; course < n; course++) {
      const below = course - width - (course % width);
      layered.push([course, below + ((course * 31) % width)]);
      layered.push([course, below + ((course * 17) % width)]);
    }
    assertValidOrder(n, layered);
  });

  test('a long chain needs no recursion', () => {
    // A chain 0 -> 1 -> ... -> 19,999 whose pairs come in a scrambled order: 20,000 levels
    // deep, past what Node's default call stack holds (about 12,000 of the smallest frames).
    const n = 20_000;
    const chain: Pair[] = [];
    for (let i = 0; i < n - 1; i++) {
      const j = (i * 7919) % (n - 1);
      chain.push([j + 1, j]);
    }
    assert.deepEqual(courseOrder(n, chain), Array.from({ length: n }, (_, i) => i));
    assert.deepEqual(courseOrder(n, [...chain, [0, n - 1]]), [], 'the last course closes a cycle');
  });

  test('many courses take linear time', () => {
    // n courses, every tenth of them needing the course after it, for n growing by half up
    // to 100,000 (the Python test stops at 26,000: CPython runs the slow loops many times
    // slower). Scanning every course for one that is ready, once per course taken, costs
    // O(V^2); a queue of ready courses costs O(V + E). Only the time inside courseOrder is
    // measured, and the test stops as soon as it passes two seconds (one in Python: the
    // pauses of JavaScript's garbage collector take a larger share of a fast reference's
    // time).
    let spent = 0;
    for (let n = 1000; n <= 100_000; n = Math.floor((n * 3) / 2)) {
      const pairs: Pair[] = [];
      for (let i = 0; i + 1 < n; i += 10) pairs.push([i, i + 1]);
      const start = performance.now();
      const order = courseOrder(n, pairs);
      spent += (performance.now() - start) / 1000;
      checkOrder(n, pairs, order);
      assert.ok(spent < 2, `${spent.toFixed(2)} s by n = ${n}: not O(V + E)`);
    }
  });
});
