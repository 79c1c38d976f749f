import unittest
from collections import Counter

from solution import top_k_frequent


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def sorted_top_k(nums, k):
    """An obviously correct model: sort every distinct value by (count descending, value ascending)."""
    counts = Counter(nums)
    return sorted(counts, key=lambda value: (-counts[value], value))[:k]


class ReadCountingList(list):
    """A list that counts element reads and fails as soon as there are more than `budget`.

    A solution that counts in one pass reads each element once; one that counts each
    distinct value separately reads the whole list again for every value.
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


class TestTopKFrequent(unittest.TestCase):
    def test_example_1_clear_winners(self):
        self.assertEqual(top_k_frequent([7, 7, 7, 3, 3, 9], 2), [7, 3])

    def test_example_2_ties_go_to_the_smaller_value(self):
        self.assertEqual(top_k_frequent([4, 6, 6, 5, 4, 5, 8], 2), [4, 5])

    def test_example_3_negative_values_and_zero(self):
        self.assertEqual(top_k_frequent([-2, 0, -2, 0, 2], 3), [-2, 0, 2])

    def test_single_element(self):
        self.assertEqual(top_k_frequent([9], 1), [9])

    def test_ordered_by_count_not_by_value(self):
        self.assertEqual(top_k_frequent([1, 2, 2, 3, 3, 3, 4, 4, 4, 4], 3), [4, 3, 2])

    def test_k_equal_to_the_number_of_distinct_values(self):
        self.assertEqual(top_k_frequent([5, 3, 1, 3, 5, 5], 3), [5, 3, 1])
        self.assertEqual(top_k_frequent([8, 6, 7], 3), [6, 7, 8])

    def test_input_is_not_modified(self):
        nums = [3, 1, 3, 2, 1, 3]
        self.assertEqual(top_k_frequent(nums, 2), [3, 1])
        self.assertEqual(nums, [3, 1, 3, 2, 1, 3])

    def test_seeded_random_inputs_match_a_sorting_model(self):
        rng = Lcg(11)
        for case in range(300):
            spread = 1 + rng.below(15)
            nums = [rng.below(spread) - spread // 2 for _ in range(1 + rng.below(40))]
            k = 1 + rng.below(len(set(nums)))
            self.assertEqual(top_k_frequent(nums, k), sorted_top_k(nums, k), msg=f"case {case}: k={k}, {nums}")

    def test_ties_are_not_decided_by_first_occurrence(self):
        self.assertEqual(top_k_frequent([9, 9, 2, 2, 5, 5, 1], 2), [2, 5])
        self.assertEqual(top_k_frequent([3, 8, 1, 8, 3, 1], 3), [1, 3, 8])

    def test_a_large_input_is_read_only_a_few_times(self):
        # Value v (0..1999) occurs v % 97 + 1 times, interleaved: 97 occurrences for
        # v = 96, 193, ..., 1939 (20 values), then 96 for v = 95, 192, ... The list is read
        # through a counter that allows 10 reads per element; counting each of the 2,000
        # distinct values with its own pass needs 2,000.
        values = [v for r in range(97) for v in range(2000) if v % 97 >= r]
        self.assertEqual(len(values), 96_890)
        self.assertEqual(top_k_frequent(ReadCountingList(values, 10 * len(values)), 5), [96, 193, 290, 387, 484])
        top = top_k_frequent(ReadCountingList(values, 10 * len(values)), 22)
        self.assertEqual(top, [96 + 97 * j for j in range(20)] + [95, 192])


if __name__ == "__main__":
    unittest.main()
