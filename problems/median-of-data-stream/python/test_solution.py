import bisect
import time
import unittest

from solution import MedianFinder


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def sorted_median(values):
    middle = len(values) // 2
    if len(values) % 2 == 1:
        return values[middle]
    return (values[middle - 1] + values[middle]) / 2


class TestMedianFinder(unittest.TestCase):
    def test_example_1_running_median(self):
        finder = MedianFinder()
        for num, expected in [(40, 40.0), (100, 70.0), (10, 40.0), (70, 55.0)]:
            finder.add_num(num)
            self.assertEqual(finder.find_median(), expected, msg=f"after adding {num}")

    def test_example_2_repeated_values(self):
        finder = MedianFinder()
        for num in [5, 5, -3]:
            finder.add_num(num)
        self.assertEqual(finder.find_median(), 5.0)

    def test_single_number(self):
        finder = MedianFinder()
        finder.add_num(-8)
        self.assertEqual(finder.find_median(), -8.0)

    def test_even_count_averages_the_middle_pair(self):
        finder = MedianFinder()
        finder.add_num(1)
        finder.add_num(2)
        self.assertEqual(finder.find_median(), 1.5)
        finder.add_num(-7)
        finder.add_num(4)
        self.assertEqual(finder.find_median(), 1.5)
        finder.add_num(-10)
        finder.add_num(-3)
        self.assertEqual(finder.find_median(), -1.0)

    def test_sorted_and_reverse_sorted_streams(self):
        rising = MedianFinder()
        falling = MedianFinder()
        for i in range(1, 1001):
            rising.add_num(i)
            falling.add_num(1001 - i)
            self.assertEqual(rising.find_median(), (i + 1) / 2)
            self.assertEqual(falling.find_median(), 1001 - (i + 1) / 2)

    def test_all_equal_values(self):
        finder = MedianFinder()
        for _ in range(51):
            finder.add_num(7)
            self.assertEqual(finder.find_median(), 7.0)

    def test_extreme_values(self):
        finder = MedianFinder()
        finder.add_num(1000000000)
        finder.add_num(-1000000000)
        self.assertEqual(finder.find_median(), 0.0)
        finder.add_num(999999999)
        finder.add_num(1000000000)
        self.assertEqual(finder.find_median(), 999999999.5)

    def test_asking_twice_does_not_change_anything(self):
        finder = MedianFinder()
        for num in [3, 9, 1]:
            finder.add_num(num)
        self.assertEqual(finder.find_median(), 3.0)
        self.assertEqual(finder.find_median(), 3.0)
        finder.add_num(4)
        self.assertEqual(finder.find_median(), 3.5)
        self.assertEqual(finder.find_median(), 3.5)

    def test_finders_do_not_share_numbers(self):
        first = MedianFinder()
        second = MedianFinder()
        first.add_num(1)
        first.add_num(2)
        second.add_num(100)
        self.assertEqual(first.find_median(), 1.5)
        self.assertEqual(second.find_median(), 100.0)
        third = MedianFinder()
        third.add_num(-5)
        self.assertEqual(third.find_median(), -5.0)

    def test_seeded_random_stream_matches_sorting(self):
        rng = Lcg(7)
        finder = MedianFinder()
        seen = []  # kept sorted
        for step in range(1500):
            num = rng.below(2001) - 1000
            finder.add_num(num)
            bisect.insort(seen, num)
            self.assertEqual(finder.find_median(), sorted_median(seen), msg=f"step {step}, added {num}")

    def test_a_long_stream_answers_each_call_quickly(self):
        # n = 20,000 values 0..n-1 in a scrambled order, then n - 2 more, alternately from the
        # low and the high end, with a median after each. Two heaps cost O(log n) per add and
        # O(1) per median; sorting the numbers for each median costs O(n log n). The calls run
        # in blocks of 1,000; only the time inside the finder is measured, and the test stops
        # as soon as it passes a second.
        n = 20_000
        calls = [("add", i * 7919 % n) for i in range(n)]  # every value 0..n-1 once, scrambled
        calls.append(("median", (n - 1) / 2))
        for k in range(n // 2 - 1):
            # Adding k puts n / 2 - 1 in the middle; adding n - 1 - k restores the balance.
            calls += [("add", k), ("median", n / 2 - 1), ("add", n - 1 - k), ("median", (n - 1) / 2)]
        finder = MedianFinder()
        spent = 0.0
        for first in range(0, len(calls), 1000):
            block = calls[first:first + 1000]
            medians = []
            start = time.perf_counter()
            for method, value in block:
                if method == "add":
                    finder.add_num(value)
                else:
                    medians.append(finder.find_median())
            spent += time.perf_counter() - start
            expected = [(value, first + i) for i, (method, value) in enumerate(block) if method == "median"]
            for median, (value, call) in zip(medians, expected):
                self.assertEqual(median, value, msg=f"call {call}")
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s in the finder after {first + len(block)} calls: too slow per call")


if __name__ == "__main__":
    unittest.main()
