import unittest

from solution import max_area


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
            raise ReadBudgetExceeded(f"more than {self.budget} element reads for {len(self)} walls: aim for O(n)")

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


def brute_force(heights):
    return max(min(heights[i], heights[j]) * (j - i) for i in range(len(heights)) for j in range(i + 1, len(heights)))


class TestMaxArea(unittest.TestCase):
    def test_example_1_the_two_tallest_walls_are_not_the_answer(self):
        self.assertEqual(max_area([2, 7, 3, 8, 4, 6, 1]), 24)

    def test_example_2_two_walls(self):
        self.assertEqual(max_area([4, 9]), 4)

    def test_example_3_a_wall_of_height_zero_holds_nothing(self):
        self.assertEqual(max_area([0, 5]), 0)
        self.assertEqual(max_area([0, 0, 0]), 0)

    def test_equal_walls_at_the_ends(self):
        self.assertEqual(max_area([5, 1, 1, 1, 5]), 20)

    def test_a_short_wide_container_can_win(self):
        self.assertEqual(max_area([1, 8, 8, 1, 1, 1, 1, 1, 1, 3]), 24)
        self.assertEqual(max_area([3, 9, 4, 2, 8, 1]), 24)

    def test_neighbouring_walls_can_win(self):
        self.assertEqual(max_area([1, 100, 100, 1]), 100)
        self.assertEqual(max_area([2, 1, 50, 60, 1, 2]), 50)

    def test_the_input_is_not_modified(self):
        heights = [6, 2, 5, 4, 8, 3]
        self.assertEqual(max_area(heights), 24)
        self.assertEqual(heights, [6, 2, 5, 4, 8, 3])

    def test_seeded_random_walls_match_brute_force(self):
        rng = Lcg(37)
        for trial in range(300):
            heights = [rng.below(12) for _ in range(2 + rng.below(20))]
            self.assertEqual(max_area(heights), brute_force(heights), msg=f"trial {trial}: {heights}")

    def test_large_inputs_read_each_wall_a_few_times_at_most(self):
        n = 100_000
        budget = 8 * n
        self.assertEqual(max_area(BudgetedList(list(range(1, n + 1)), budget)), 2_500_000_000)  # walls 50,000 and 100,000
        self.assertEqual(max_area(BudgetedList([7] * n, budget)), 7 * (n - 1))
        valley = [abs(i - n // 2) for i in range(n)]  # the two end walls are the tallest and the farthest apart
        self.assertEqual(max_area(BudgetedList(valley, budget)), (n // 2 - 1) * (n - 1))


if __name__ == "__main__":
    unittest.main()
