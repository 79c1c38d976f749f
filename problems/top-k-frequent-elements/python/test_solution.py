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

    def test_large_input(self):
        # Value v (0..1999) occurs v % 97 + 1 times, interleaved: 97 occurrences for
        # v = 96, 193, ..., 1939 (20 values), then 96 for v = 95, 192, ...
        nums = [v for r in range(97) for v in range(2000) if v % 97 >= r]
        self.assertEqual(len(nums), 96_890)
        self.assertEqual(top_k_frequent(nums, 5), [96, 193, 290, 387, 484])
        top = top_k_frequent(nums, 22)
        self.assertEqual(top, [96 + 97 * j for j in range(20)] + [95, 192])


if __name__ == "__main__":
    unittest.main()
