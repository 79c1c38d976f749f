import unittest

from solution import count_subarrays_with_sum


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


class ReadBudgetExceeded(AssertionError):
    pass


class BudgetedList(list):
    """A list that counts element reads (indexing, slicing, iterating) and fails once they pass a budget."""

    def __init__(self, values, budget):
        super().__init__(values)
        self.budget = budget
        self.reads = 0

    def _charge(self, count):
        self.reads += count
        if self.reads > self.budget:
            raise ReadBudgetExceeded(f"more than {self.budget} element reads for {len(self)} values: aim for O(n)")

    def __getitem__(self, index):
        self._charge(len(range(*index.indices(len(self)))) if isinstance(index, slice) else 1)
        return super().__getitem__(index)

    def __iter__(self):
        for i in range(len(self)):
            self._charge(1)
            yield super().__getitem__(i)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            self._charge(1)
            yield super().__getitem__(i)


def brute_force(nums, k):
    count = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            count += total == k
    return count


class TestCountSubarraysWithSum(unittest.TestCase):
    def test_example_1_negative_values(self):
        self.assertEqual(count_subarrays_with_sum([2, -1, 1, 3, -2, 2], 2), 4)

    def test_example_2_zeros(self):
        self.assertEqual(count_subarrays_with_sum([0, 0, 0], 0), 6)

    def test_example_3_single_value(self):
        self.assertEqual(count_subarrays_with_sum([5], 5), 1)
        self.assertEqual(count_subarrays_with_sum([5], 3), 0)

    def test_runs_that_start_at_the_first_value_count(self):
        self.assertEqual(count_subarrays_with_sum([3, 4, 7], 7), 2)
        self.assertEqual(count_subarrays_with_sum([1, 2, 3], 6), 1)

    def test_the_empty_run_never_counts(self):
        self.assertEqual(count_subarrays_with_sum([1, 2, 3], 0), 0)
        self.assertEqual(count_subarrays_with_sum([4, -4, 1], 0), 1)

    def test_a_window_cannot_be_slid_over_negative_values(self):
        self.assertEqual(count_subarrays_with_sum([1, -1, 1, -1], 0), 4)
        self.assertEqual(count_subarrays_with_sum([-2, -3, 5, -5], -5), 3)
        self.assertEqual(count_subarrays_with_sum([3, -3, 3, 4], 7), 2)

    def test_the_input_is_not_modified(self):
        nums = [2, 2, -1, 3, 0, 2]
        self.assertEqual(count_subarrays_with_sum(nums, 4), brute_force(nums, 4))
        self.assertEqual(nums, [2, 2, -1, 3, 0, 2])

    def test_seeded_random_inputs_match_brute_force(self):
        rng = Lcg(5)
        for trial in range(300):
            nums = [rng.below(9) - 4 for _ in range(1 + rng.below(25))]
            k = rng.below(13) - 6
            self.assertEqual(count_subarrays_with_sum(nums, k), brute_force(nums, k), msg=f"trial {trial}: nums={nums}, k={k}")

    def test_large_inputs_read_each_value_a_few_times_at_most(self):
        n = 100_000
        self.assertEqual(count_subarrays_with_sum(BudgetedList([1] * n, 3 * n), 500), n - 500 + 1)
        self.assertEqual(count_subarrays_with_sum(BudgetedList([0] * n, 3 * n), 0), n * (n + 1) // 2)
        alternating = BudgetedList([1, -1] * (n // 2), 3 * n)  # prefix sums 1, 0, 1, 0, ...
        half = n // 2
        self.assertEqual(count_subarrays_with_sum(alternating, 0), (half + 1) * half // 2 + half * (half - 1) // 2)
        self.assertEqual(count_subarrays_with_sum(BudgetedList([7] * n, 3 * n), -7), 0)


if __name__ == "__main__":
    unittest.main()
