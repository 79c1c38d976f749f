import unittest

from solution import combination_sum


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def by_dynamic_programming(candidates, target):
    """Every combination, built without search: ways[t] lists the combinations summing to t that use the values seen so far."""
    ways = [[] for _ in range(target + 1)]
    ways[0] = [[]]
    for value in sorted(candidates):
        for total in range(value, target + 1):
            ways[total] += [combo + [value] for combo in ways[total - value]]
    return sorted(ways[target])


class TestCombinationSum(unittest.TestCase):
    def test_example_1_unsorted_candidates(self):
        self.assertEqual(combination_sum([7, 3, 2], 9), [[2, 2, 2, 3], [2, 7], [3, 3, 3]])

    def test_example_2_no_combination(self):
        self.assertEqual(combination_sum([4, 6], 9), [])

    def test_example_3_one_candidate_equal_to_the_target(self):
        self.assertEqual(combination_sum([6], 6), [[6]])

    def test_candidates_larger_than_the_target_are_never_used(self):
        self.assertEqual(combination_sum([8, 20, 2], 6), [[2, 2, 2]])
        self.assertEqual(combination_sum([5], 3), [])

    def test_a_value_can_be_used_many_times(self):
        self.assertEqual(combination_sum([1], 5), [[1, 1, 1, 1, 1]])
        self.assertEqual(combination_sum([2, 1], 4), [[1, 1, 1, 1], [1, 1, 2], [2, 2]])

    def test_each_multiset_appears_once(self):
        self.assertEqual(combination_sum([3, 1, 2], 4), [[1, 1, 1, 1], [1, 1, 2], [1, 3], [2, 2]])

    def test_order_compares_numbers_not_digits(self):
        self.assertEqual(
            combination_sum([10, 2, 5], 20),
            [[2] * 10, [2, 2, 2, 2, 2, 5, 5], [2, 2, 2, 2, 2, 10], [5, 5, 5, 5], [5, 5, 10], [10, 10]],
        )

    def test_the_input_is_not_modified(self):
        candidates = [9, 4, 13, 6]
        self.assertEqual(combination_sum(candidates, 13), [[4, 9], [13]])
        self.assertEqual(candidates, [9, 4, 13, 6])

    def test_seeded_random_inputs_match_dynamic_programming(self):
        rng = Lcg(3)
        for trial in range(200):
            candidates = []
            for _ in range(1 + rng.below(5)):
                value = 1 + rng.below(12)
                if value not in candidates:
                    candidates.append(value)
            target = 1 + rng.below(16)
            expected = by_dynamic_programming(candidates, target)
            self.assertEqual(combination_sum(candidates, target), expected, msg=f"trial {trial}: {candidates}, target {target}")

    def test_many_combinations(self):
        result = combination_sum([9, 5, 12, 7, 11, 6, 10, 8], 50)
        self.assertEqual(len(result), 251)
        self.assertEqual(result, by_dynamic_programming([5, 6, 7, 8, 9, 10, 11, 12], 50))


if __name__ == "__main__":
    unittest.main()
