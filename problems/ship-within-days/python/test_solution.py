import unittest

from solution import min_daily_capacity


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
            raise ReadBudgetExceeded(f"more than {self.budget} element reads for {len(self)} sizes: about 64 passes at most")

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


def budgeted(sizes):
    """Every test hands over its sizes like this: 64 passes over the list, and a little slack."""
    return BudgetedList(sizes, 64 * len(sizes) + 64)


def days_needed(sizes, capacity):
    used, load = 1, 0
    for size in sizes:
        if load + size > capacity:
            used, load = used + 1, 0
        load += size
    return used


def by_trying_every_capacity(sizes, days):
    capacity = max(sizes)
    while days_needed(sizes, capacity) > days:
        capacity += 1
    return capacity


class TestMinDailyCapacity(unittest.TestCase):
    def test_example_1_three_days(self):
        self.assertEqual(min_daily_capacity(budgeted([4, 8, 3, 5, 6, 2]), 3), 12)

    def test_example_2_one_day_per_shard(self):
        self.assertEqual(min_daily_capacity(budgeted([4, 8, 3, 5, 6, 2]), 6), 8)

    def test_example_3_a_single_day(self):
        self.assertEqual(min_daily_capacity(budgeted([4, 8, 3, 5, 6, 2]), 1), 28)

    def test_a_single_shard(self):
        self.assertEqual(min_daily_capacity(budgeted([7]), 1), 7)

    def test_the_largest_shard_is_a_lower_bound(self):
        self.assertEqual(min_daily_capacity(budgeted([10, 1, 1]), 3), 10)
        self.assertEqual(min_daily_capacity(budgeted([1, 1, 30, 1, 1]), 4), 30)

    def test_a_day_may_be_filled_exactly(self):
        self.assertEqual(min_daily_capacity(budgeted([5, 5, 5, 5]), 2), 10)
        self.assertEqual(min_daily_capacity(budgeted([2, 3, 5]), 2), 5)

    def test_shards_keep_their_order(self):
        self.assertEqual(min_daily_capacity(budgeted([3, 3, 3, 3, 3]), 2), 9)
        self.assertEqual(min_daily_capacity(budgeted([1, 9, 1, 9, 1]), 3), 10)

    def test_the_input_is_not_modified(self):
        sizes = budgeted([6, 2, 9, 4, 4])
        self.assertEqual(min_daily_capacity(sizes, 3), 9)
        self.assertEqual(sizes, [6, 2, 9, 4, 4])  # the list the solution was given, not a copy of it

    def test_seeded_random_inputs_match_trying_every_capacity(self):
        rng = Lcg(13)
        for trial in range(300):
            sizes = [1 + rng.below(20) for _ in range(1 + rng.below(12))]
            days = 1 + rng.below(len(sizes))
            expected = by_trying_every_capacity(sizes, days)
            self.assertEqual(min_daily_capacity(budgeted(sizes), days), expected, msg=f"trial {trial}: {sizes}, days={days}")

    def test_large_inputs_need_few_passes(self):
        n = 20_000
        self.assertEqual(min_daily_capacity(budgeted([1] * n), 7), 2858)  # ceil(20000 / 7)
        self.assertEqual(min_daily_capacity(budgeted([1000] * n), 300), 67_000)  # 67 shards a day
        self.assertEqual(min_daily_capacity(budgeted([1, 999] * (n // 2)), n // 2), 1000)
        self.assertEqual(min_daily_capacity(budgeted([1] * (n - 1) + [1_000_000]), 2), 1_000_000)


if __name__ == "__main__":
    unittest.main()
