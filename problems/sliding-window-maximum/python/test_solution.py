import unittest

from solution import max_sliding_window


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def brute_force(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]


class ReadCountingList(list):
    """A list that counts element reads and fails as soon as there are more than `budget`.

    A linear-time solution reads each value a few times; one that looks at every value of
    every window reads each value up to k times.
    """

    def __init__(self, values, budget):
        super().__init__(values)
        self.budget = budget
        self.reads = 0

    def _read(self, count):
        self.reads += count
        if self.reads > self.budget:
            raise AssertionError(f"more than {self.budget} element reads of a {len(self)}-element input")

    def __getitem__(self, index):
        self._read(len(range(*index.indices(len(self)))) if isinstance(index, slice) else 1)
        return super().__getitem__(index)

    def __iter__(self):
        for i in range(len(self)):
            self._read(1)
            yield super().__getitem__(i)

    def __contains__(self, value):
        self._read(len(self))
        return super().__contains__(value)

    def count(self, value):
        self._read(len(self))
        return super().count(value)

    def index(self, *args):
        self._read(len(self))
        return super().index(*args)


class TestMaxSlidingWindow(unittest.TestCase):
    def test_example_1_a_peak_dominates_until_it_leaves(self):
        self.assertEqual(max_sliding_window([4, 2, 12, 11, -5, 7, 1], 3), [12, 12, 12, 11, 7])

    def test_example_2_window_of_one(self):
        self.assertEqual(max_sliding_window([9, -1, 6], 1), [9, -1, 6])

    def test_example_3_one_window_covers_everything(self):
        self.assertEqual(max_sliding_window([3, 8, 8, 2], 4), [8])

    def test_single_value(self):
        self.assertEqual(max_sliding_window([-7], 1), [-7])

    def test_decreasing_and_increasing_values(self):
        self.assertEqual(max_sliding_window([9, 8, 7, 6, 5, 4], 3), [9, 8, 7, 6])
        self.assertEqual(max_sliding_window([1, 2, 3, 4, 5, 6], 2), [2, 3, 4, 5, 6])

    def test_repeated_values(self):
        self.assertEqual(max_sliding_window([5, 5, 5, 5], 2), [5, 5, 5])
        self.assertEqual(max_sliding_window([2, 7, 7, 1, 7, 0, 0, 0], 3), [7, 7, 7, 7, 7, 0])

    def test_negative_and_extreme_values(self):
        low, high = -1000000000, 1000000000
        self.assertEqual(max_sliding_window([low, -3, low, high, low], 2), [-3, -3, high, high])
        self.assertEqual(max_sliding_window([low, low, low], 2), [low, low])

    def test_input_is_not_modified(self):
        nums = [6, 1, 8, 3, 3, 9, 2]
        self.assertEqual(max_sliding_window(nums, 3), [8, 8, 8, 9, 9])
        self.assertEqual(nums, [6, 1, 8, 3, 3, 9, 2])

    def test_seeded_random_inputs_match_brute_force(self):
        rng = Lcg(11)
        for trial in range(300):
            n = 1 + rng.below(40)
            k = 1 + rng.below(n)
            nums = [rng.below(21) - 10 for _ in range(n)]
            self.assertEqual(max_sliding_window(nums, k), brute_force(nums, k), msg=f"trial {trial}: nums={nums}, k={k}")

    def test_a_maximum_that_repeats_inside_the_window(self):
        self.assertEqual(max_sliding_window([1, 9, 3, 9, 2, 2, 2], 3), [9, 9, 9, 9, 2])
        self.assertEqual(max_sliding_window([4, 4, 1, 4, 0, 0], 2), [4, 4, 4, 4, 0])

    def test_large_windows_read_each_value_a_few_times(self):
        # n = 20,000 values read through a counter that allows 6 reads per value. The deque
        # reads each value at most about 4 times whatever k is; taking the maximum of every
        # window, or rescanning the window whenever its maximum leaves, reads up to n * k.
        n = 20_000
        falling = [n - i for i in range(n)]  # the maximum leaves every window
        self.assertEqual(max_sliding_window(ReadCountingList(falling, 6 * n), n // 2), [n - i for i in range(n - n // 2 + 1)])
        rising = list(range(n))
        self.assertEqual(max_sliding_window(ReadCountingList(rising, 6 * n), 3 * n // 4), list(range(3 * n // 4 - 1, n)))
        sawtooth = [i % 1000 for i in range(n)]
        self.assertEqual(max_sliding_window(ReadCountingList(sawtooth, 6 * n), n // 2), [999] * (n - n // 2 + 1))


if __name__ == "__main__":
    unittest.main()
