import unittest

from solution import days_until_warmer


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
            raise ReadBudgetExceeded(f"more than {self.budget} element reads for {len(self)} days: aim for O(n)")

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


def brute_force(temps):
    answer = []
    for i, temperature in enumerate(temps):
        wait = 0
        for j in range(i + 1, len(temps)):
            if temps[j] > temperature:
                wait = j - i
                break
        answer.append(wait)
    return answer


class TestDaysUntilWarmer(unittest.TestCase):
    def assert_same_list(self, actual, expected):
        """Like assertEqual, but names the first difference: unittest's diff of two huge lists takes minutes."""
        self.assertIsInstance(actual, list)
        for i, (got, wanted) in enumerate(zip(actual, expected)):
            if got != wanted:
                self.fail(f"index {i}: got {got!r}, expected {wanted!r}")
        self.assertEqual(len(actual), len(expected), "the lists have different lengths")

    def test_example_1_a_mixed_week(self):
        self.assertEqual(days_until_warmer([30, 32, 31, 29, 33, 33, 28]), [1, 3, 2, 1, 0, 0, 0])

    def test_example_2_an_equal_day_is_not_warmer(self):
        self.assertEqual(days_until_warmer([5, 5, 6]), [2, 1, 0])

    def test_example_3_a_single_day(self):
        self.assertEqual(days_until_warmer([17]), [0])

    def test_flat_falling_and_rising_weeks(self):
        self.assertEqual(days_until_warmer([20, 20, 20]), [0, 0, 0])
        self.assertEqual(days_until_warmer([9, 7, 4, 1]), [0, 0, 0, 0])
        self.assertEqual(days_until_warmer([1, 4, 7, 9]), [1, 1, 1, 0])

    def test_one_warm_day_answers_many_earlier_days(self):
        self.assertEqual(days_until_warmer([3, 2, 1, 4]), [3, 2, 1, 0])
        self.assertEqual(days_until_warmer([6, 3, 5, 4, 2, 7]), [5, 1, 3, 2, 1, 0])

    def test_negative_temperatures(self):
        self.assertEqual(days_until_warmer([-5, -10, -3, -3, -20, 0]), [2, 1, 3, 2, 1, 0])

    def test_the_input_is_not_modified(self):
        temps = [12, 10, 11, 15, 9]
        self.assertEqual(days_until_warmer(temps), [3, 1, 1, 0, 0])
        self.assertEqual(temps, [12, 10, 11, 15, 9])

    def test_seeded_random_weeks_match_brute_force(self):
        rng = Lcg(29)
        for trial in range(300):
            temps = [rng.below(8) - 3 for _ in range(1 + rng.below(30))]
            self.assertEqual(days_until_warmer(temps), brute_force(temps), msg=f"trial {trial}: {temps}")

    def test_large_inputs_read_each_day_a_few_times_at_most(self):
        n = 100_000
        budget = 8 * n
        self.assert_same_list(days_until_warmer(BudgetedList([n - i for i in range(n)], budget)), [0] * n)
        self.assert_same_list(days_until_warmer(BudgetedList([50] * n, budget)), [0] * n)
        expected = [n - 1 - i for i in range(n - 1)] + [0]
        self.assert_same_list(days_until_warmer(BudgetedList([n - i for i in range(n - 1)] + [n + 1], budget)), expected)
        sawtooth = [i % 100 for i in range(n)]
        expected = [0 if value == 99 else 1 for value in sawtooth]
        expected[-1] = 0
        self.assert_same_list(days_until_warmer(BudgetedList(sawtooth, budget)), expected)


if __name__ == "__main__":
    unittest.main()
