import time
import unittest

from solution import course_order


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n

    def shuffled(self, n):
        items = list(range(n))
        for i in range(n - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


class TestCourseOrder(unittest.TestCase):
    def assert_valid_order(self, num_courses, prerequisites):
        """Runs course_order and checks the answer is a valid order (many can be right)."""
        return self.check_order(num_courses, prerequisites, course_order(num_courses, prerequisites))

    def check_order(self, num_courses, prerequisites, order):
        """Checks that `order` is a valid order (many can be right) and returns it."""
        self.assertIsInstance(order, list)
        self.assertEqual(len(order), num_courses, msg="every course must appear exactly once")
        self.assertEqual(sorted(order), list(range(num_courses)), msg="every course must appear exactly once")
        position = [0] * num_courses
        for index, course in enumerate(order):
            position[course] = index
        broken = [pair for pair in prerequisites if position[pair[1]] >= position[pair[0]]]
        self.assertEqual(broken[:5], [], msg="each prerequisite must come before its course")
        return order

    def test_example_1_several_valid_orders(self):
        order = self.assert_valid_order(4, [[1, 0], [3, 1], [3, 2]])
        self.assertIn(order, [[0, 1, 2, 3], [0, 2, 1, 3], [2, 0, 1, 3]])

    def test_example_2_a_cycle_has_no_order(self):
        self.assertEqual(course_order(3, [[0, 2], [1, 0], [2, 1]]), [])

    def test_example_3_no_prerequisites(self):
        self.assert_valid_order(3, [])

    def test_a_single_course(self):
        self.assertEqual(course_order(1, []), [0])

    def test_a_course_that_requires_itself(self):
        self.assertEqual(course_order(2, [[1, 1]]), [])
        self.assertEqual(course_order(1, [[0, 0]]), [])

    def test_a_cycle_in_one_part_blocks_everything(self):
        self.assertEqual(course_order(2, [[0, 1], [1, 0]]), [])
        # Courses 0..2 are fine on their own, but 3, 4 and 5 need each other.
        self.assertEqual(course_order(6, [[1, 0], [2, 1], [4, 3], [5, 4], [3, 5]]), [])

    def test_a_reversed_chain_has_one_valid_order(self):
        prerequisites = [[i, i + 1] for i in range(7)]  # course i needs course i + 1
        order = self.assert_valid_order(8, prerequisites)
        self.assertEqual(order, [7, 6, 5, 4, 3, 2, 1, 0])

    def test_repeated_pairs_and_a_diamond(self):
        prerequisites = [[1, 0], [2, 0], [3, 1], [3, 2], [3, 1], [4, 3], [4, 0], [4, 3]]
        self.assert_valid_order(5, prerequisites)
        self.assert_valid_order(7, prerequisites + [[6, 5]])  # plus a separate pair of courses

    def test_input_is_not_modified(self):
        prerequisites = [[2, 0], [1, 2], [3, 0]]
        course_order(4, prerequisites)
        self.assertEqual(prerequisites, [[2, 0], [1, 2], [3, 0]])

    def test_seeded_random_graphs(self):
        rng = Lcg(99)
        for trial in range(200):
            n = 1 + rng.below(30)
            rank = rng.shuffled(n)  # a hidden order that every pair below respects
            prerequisites = []
            for _ in range(rng.below(3 * n)):
                a, b = rng.below(n), rng.below(n)
                if a != b:
                    prerequisites.append([b, a] if rank[a] < rank[b] else [a, b])
            self.assert_valid_order(n, prerequisites)
            # Close a cycle through 1 to 5 courses: course cycle[j + 1] needs cycle[j], and the first needs the last.
            cycle = rng.shuffled(n)[:1 + rng.below(min(n, 5))]
            with_cycle = prerequisites + [[cycle[(j + 1) % len(cycle)], cycle[j]] for j in range(len(cycle))]
            self.assertEqual(course_order(n, with_cycle), [], msg=f"trial {trial}: the cycle {cycle} was missed")

    def test_a_layered_graph(self):
        # 4 layers of 500 courses; each course needs two courses of the layer below.
        n, width = 2000, 500
        layered = []
        for course in range(width, n):
            below = course - width - course % width
            layered.append([course, below + course * 31 % width])
            layered.append([course, below + course * 17 % width])
        self.assert_valid_order(n, layered)

    def test_a_long_chain_needs_no_recursion(self):
        # A chain 0 -> 1 -> ... -> 4,999 whose pairs come in a scrambled order: 5,000 levels
        # deep, past Python's default recursion limit of 1,000.
        n = 5000
        chain = [[j + 1, j] for j in (i * 7919 % (n - 1) for i in range(n - 1))]
        self.assertEqual(course_order(n, chain), list(range(n)))
        self.assertEqual(course_order(n, chain + [[0, n - 1]]), [], msg="the last course closes a cycle")

    def test_many_courses_take_linear_time(self):
        # n courses, every tenth of them needing the course after it, for n growing by half up
        # to 26,000 (the TypeScript test goes to 100,000: JavaScript runs the slow loops many
        # times faster). Scanning every course for one that is ready, once per course taken,
        # costs O(V^2); a queue of ready courses costs O(V + E). Only the time inside
        # course_order is measured, and the test stops as soon as it passes a second.
        spent = 0.0
        n = 1000
        while n <= 26_000:
            pairs = [[i, i + 1] for i in range(0, n - 1, 10)]
            start = time.perf_counter()
            order = course_order(n, pairs)
            spent += time.perf_counter() - start
            self.check_order(n, pairs, order)
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s by n = {n}: not O(V + E)")
            n = n * 3 // 2


if __name__ == "__main__":
    unittest.main()
