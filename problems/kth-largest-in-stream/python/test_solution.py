import time
import unittest

from solution import KthLargest


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


class TestKthLargest(unittest.TestCase):
    def test_example_1_top_three_board(self):
        board = KthLargest(3, [50, 20, 80, 40])
        for val, expected in [(30, 40), (60, 50), (45, 50), (90, 60), (10, 60)]:
            self.assertEqual(board.add(val), expected, msg=f"after adding {val}")

    def test_example_2_starting_with_k_minus_one_values(self):
        board = KthLargest(2, [7])
        self.assertEqual(board.add(3), 3)
        self.assertEqual(board.add(9), 7)
        self.assertEqual(board.add(7), 7)

    def test_example_3_k_one_and_no_initial_values(self):
        board = KthLargest(1, [])
        self.assertEqual(board.add(-5), -5)
        self.assertEqual(board.add(-2), -2)
        self.assertEqual(board.add(-9), -2)

    def test_duplicates_count_separately(self):
        board = KthLargest(3, [5, 5, 5])
        self.assertEqual(board.add(5), 5)
        self.assertEqual(board.add(6), 5)
        self.assertEqual(board.add(7), 5)
        self.assertEqual(board.add(8), 6)

    def test_more_initial_values_than_k(self):
        board = KthLargest(2, [1, 9, 3, 7, 5])
        self.assertEqual(board.add(2), 7)
        self.assertEqual(board.add(0), 7)
        self.assertEqual(board.add(8), 8)
        self.assertEqual(board.add(10), 9)

    def test_every_value_counts_while_there_are_only_k(self):
        board = KthLargest(4, [10, -10, 0])
        self.assertEqual(board.add(5), -10)
        self.assertEqual(board.add(-20), -10)
        self.assertEqual(board.add(1), 0)
        self.assertEqual(board.add(100000), 1)

    def test_boards_do_not_share_values(self):
        first = KthLargest(2, [1, 2])
        second = KthLargest(2, [100, 200])
        self.assertEqual(first.add(0), 1)
        self.assertEqual(second.add(300), 200)
        self.assertEqual(first.add(3), 2)
        self.assertEqual(second.add(-100000), 200)

    def test_seeded_random_streams_match_sorting(self):
        rng = Lcg(42)
        for case in range(60):
            k = 1 + rng.below(8)
            seen = [rng.below(41) - 20 for _ in range(k - 1 + rng.below(10))]
            board = KthLargest(k, list(seen))
            for step in range(40):
                val = rng.below(41) - 20
                seen.append(val)
                expected = sorted(seen, reverse=True)[k - 1]
                self.assertEqual(board.add(val), expected, msg=f"case {case}, k={k}, step {step}: add({val})")

    def test_the_constructor_does_not_modify_nums(self):
        nums = [5, 1, 4, 2, 3]
        board = KthLargest(2, nums)
        self.assertEqual(nums, [5, 1, 4, 2, 3])
        self.assertEqual(board.add(0), 4)

    def test_a_long_stream_answers_each_add_quickly(self):
        # 10,000 scores to start, then 20,000 adds (the most the statement allows). A min-heap
        # of the k best answers each add in O(log k); sorting every score on each add costs
        # O(n log n) per add. The test stops as soon as the adds so far have taken more than
        # a second.
        k = 1000
        nums = [i * 7919 % 10000 for i in range(10000)]  # 0..9999, scrambled
        start = time.perf_counter()
        board = KthLargest(k, nums)
        adds = [(val, val - k + 1) for val in range(10000, 29000)] + [(-1, 28000)] * 1000
        for count, (val, expected) in enumerate(adds, start=1):
            self.assertEqual(board.add(val), expected, msg=f"add({val})")
            elapsed = time.perf_counter() - start
            self.assertLess(elapsed, 1.0, msg=f"{elapsed:.2f} s after {count} adds: too slow per add")


if __name__ == "__main__":
    unittest.main()
