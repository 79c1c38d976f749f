import copy
import time
import unittest

from solution import merge_intervals


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def brute_force(intervals):
    """Cover the half-unit points 2*start..2*end of every interval; each unbroken run is one merged interval."""
    covered = sorted({point for start, end in intervals for point in range(2 * start, 2 * end + 1)})
    runs = []
    for point in covered:
        if runs and point == runs[-1][1] + 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return [[first // 2, last // 2] for first, last in runs]


def scrambled(n):
    """0..n-1 in a scrambled order (n not a multiple of 7919)."""
    return [(i * 7919) % n for i in range(n)]


class TestMergeIntervals(unittest.TestCase):
    def assert_same_list(self, actual, expected, where):
        """Like assertEqual, but names the first difference: unittest's diff of two huge lists takes minutes."""
        self.assertIsInstance(actual, list, where)
        for i, (got, wanted) in enumerate(zip(actual, expected)):
            if got != wanted:
                self.fail(f"{where}, index {i}: got {got!r}, expected {wanted!r}")
        self.assertEqual(len(actual), len(expected), f"{where}: the lists have different lengths")

    def test_example_1_overlaps_merge_and_the_rest_stay(self):
        self.assertEqual(merge_intervals([[8, 10], [1, 4], [3, 6], [12, 12]]), [[1, 6], [8, 10], [12, 12]])

    def test_example_2_touching_intervals_merge(self):
        self.assertEqual(merge_intervals([[4, 7], [1, 4]]), [[1, 7]])

    def test_example_3_a_gap_of_one_keeps_intervals_apart(self):
        self.assertEqual(merge_intervals([[3, 4], [1, 2]]), [[1, 2], [3, 4]])

    def test_no_intervals(self):
        self.assertEqual(merge_intervals([]), [])

    def test_a_single_interval(self):
        self.assertEqual(merge_intervals([[5, 9]]), [[5, 9]])

    def test_intervals_inside_another_one(self):
        self.assertEqual(merge_intervals([[1, 10], [2, 3], [4, 5], [11, 12]]), [[1, 10], [11, 12]])
        self.assertEqual(merge_intervals([[2, 3], [1, 10], [1, 2]]), [[1, 10]])

    def test_a_chain_given_out_of_order(self):
        self.assertEqual(merge_intervals([[6, 8], [1, 3], [20, 25], [2, 4], [9, 9], [4, 6]]), [[1, 8], [9, 9], [20, 25]])

    def test_points_duplicates_and_negative_values(self):
        self.assertEqual(merge_intervals([[3, 3], [1, 2], [3, 3], [2, 2]]), [[1, 2], [3, 3]])
        self.assertEqual(merge_intervals([[-5, -3], [2, 2], [-3, 0], [-10, -8]]), [[-10, -8], [-5, 0], [2, 2]])

    def test_the_input_is_not_modified(self):
        intervals = [[5, 8], [1, 3], [2, 6], [10, 11]]
        before = copy.deepcopy(intervals)
        self.assertEqual(merge_intervals(intervals), [[1, 8], [10, 11]])
        self.assertEqual(intervals, before)

    def test_seeded_random_inputs_match_brute_force(self):
        rng = Lcg(7)
        for trial in range(300):
            intervals = []
            for _ in range(rng.below(12)):
                start = rng.below(30) - 10
                intervals.append([start, start + rng.below(6)])
            self.assertEqual(merge_intervals(intervals), brute_force(intervals), msg=f"trial {trial}: {intervals}")

    def test_large_inputs_take_n_log_n_time(self):
        # Disjoint and chained intervals in scrambled order, for n = 1,000 doubling up to 16,000
        # (32,000 in the TypeScript test: JavaScript runs the slow loops many times faster).
        # Checking each interval against every block built so far costs O(n^2); sorting and one
        # sweep cost O(n log n). Only the time inside merge_intervals is counted, and the test
        # stops as soon as it passes a second.
        spent = 0.0
        n = 1000
        while n <= 16_000:
            order = scrambled(n)
            shapes = [
                ("disjoint", [[2 * i, 2 * i + 1] for i in order], [[2 * i, 2 * i + 1] for i in range(n)]),
                ("chain", [[i, i + 1] for i in order], [[0, n]]),
            ]
            for shape, intervals, expected in shapes:
                start = time.perf_counter()
                answer = merge_intervals(intervals)
                spent += time.perf_counter() - start
                self.assert_same_list(answer, expected, f"{shape}, n = {n}")
                self.assertLess(spent, 1.0, msg=f"{spent:.2f} s by {shape}, n = {n}: not O(n log n)")
            n *= 2
        n = 10_001
        self.assert_same_list(merge_intervals([[i, 2 * n - i] for i in scrambled(n)]), [[0, 2 * n]], "nested intervals")


if __name__ == "__main__":
    unittest.main()
