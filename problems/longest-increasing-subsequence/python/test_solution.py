import unittest

from solution import lis_length


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def quadratic_lis(nums):
    best = []
    for i, x in enumerate(nums):
        best.append(1 + max([best[j] for j in range(i) if nums[j] < x], default=0))
    return max(best, default=0)


class ReadCountingList(list):
    """A list that counts element reads and fails as soon as there are more than `budget`.

    The O(n log n) method reads each value once (or once per binary-search step); the
    O(n^2) DP compares each value with every earlier one, reading the list about n^2 times.
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


class TestLisLength(unittest.TestCase):
    def test_example_1_mixed_readings(self):
        self.assertEqual(lis_length([3, 1, 4, 1, 5, 9, 2, 6]), 4)

    def test_example_2_equal_values_do_not_increase(self):
        self.assertEqual(lis_length([5, 5, 5]), 1)

    def test_example_3_falling_series(self):
        self.assertEqual(lis_length([9, 7, 4, 2]), 1)

    def test_example_4_empty(self):
        self.assertEqual(lis_length([]), 0)

    def test_single_value_and_already_sorted(self):
        self.assertEqual(lis_length([42]), 1)
        self.assertEqual(lis_length(list(range(-5, 995))), 1000)

    def test_negatives_and_repeats(self):
        self.assertEqual(lis_length([-2, -1, -1, 0, 0, 3, -7]), 4)
        self.assertEqual(lis_length([-1000000000, 1000000000, 0, 1, 2]), 4)

    def test_a_later_smaller_start_wins(self):
        # Starting at 10 gives 10, 11, 12; starting at 1 gives 1, 2, 3, 4, 5.
        self.assertEqual(lis_length([10, 11, 12, 1, 2, 3, 4, 5]), 5)
        self.assertEqual(lis_length([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), 6)

    def test_input_is_not_modified(self):
        nums = [4, 10, 4, 3, 8, 9]
        before = list(nums)
        self.assertEqual(lis_length(nums), 3)
        self.assertEqual(nums, before)

    def test_matches_the_quadratic_dp_on_seeded_random_lists(self):
        rng = Lcg(2024)
        for _ in range(300):
            nums = [rng.below(21) - 10 for _ in range(rng.below(41))]
            self.assertEqual(lis_length(nums), quadratic_lis(nums), msg=f"nums = {nums}")

    def test_large_inputs_are_read_only_a_few_times(self):
        # Each list of n = 20,000 values is read through a counter that allows 40 reads per
        # value: enough for the O(n log n) method even when its binary search reads nums[i]
        # at every step (about 15 steps here), while the O(n^2) DP runs out after about a
        # thousand values.
        # 200 falling blocks of 100, each block above the last: one value per block.
        blocks = [b * 100 + (99 - j) for b in range(200) for j in range(100)]
        self.assertEqual(lis_length(ReadCountingList(blocks, 40 * len(blocks))), 200)
        # 1, 0, 3, 2, 5, 4, ...: one value from each pair.
        zigzag = [i + 1 if i % 2 == 0 else i - 1 for i in range(20_000)]
        self.assertEqual(lis_length(ReadCountingList(zigzag, 40 * len(zigzag))), 10_000)


if __name__ == "__main__":
    unittest.main()
