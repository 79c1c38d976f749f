import copy
import math
import unittest

from solution import best_split, impurity

TOL = 1e-9  # gains and impurities are compared with an absolute tolerance of 1e-9, thresholds with 1e-12


def lcg(seed):
    """Park-Miller generator: the same uniform sequence in [0, 1) as the TypeScript tests."""
    state = seed
    while True:
        state = state * 48271 % 2147483647
        yield state / 2147483647


class ReadBudget:
    """Counts the element reads of the wrapped inputs and fails as soon as there are more than `limit`."""

    def __init__(self, limit):
        self.reads, self.limit = 0, limit

    def spend(self, count):
        self.reads += count
        if self.reads > self.limit:
            raise AssertionError(
                f"read more than {self.limit} elements of X and y: is some step O(n^2), "
                "such as re-partitioning every row for every threshold?"
            )


class CountedList(list):
    """A list that charges every element read (index, slice or iteration) to a shared ReadBudget."""

    def __init__(self, items, budget):
        super().__init__(items)
        self.budget = budget

    def __getitem__(self, index):
        item = super().__getitem__(index)
        self.budget.spend(len(item) if isinstance(index, slice) else 1)
        return item

    def __iter__(self):
        for item in super().__iter__():
            self.budget.spend(1)
            yield item


def expected_impurity(labels, criterion):
    n = len(labels)
    shares = [labels.count(c) / n for c in set(labels)]
    if criterion == "gini":
        return 1 - sum(p * p for p in shares)
    return -sum(p * math.log2(p) for p in shares)


def brute_force_split(X, y, criterion):
    """The rules of the statement, checked the slow way: every feature, every midpoint, partition and score."""
    n, best = len(X), None
    parent = expected_impurity(y, criterion)
    for f in range(len(X[0])):
        values = sorted(set(row[f] for row in X))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2
            left = [label for row, label in zip(X, y) if row[f] <= t]
            right = [label for row, label in zip(X, y) if row[f] > t]
            gain = parent - len(left) / n * expected_impurity(left, criterion) - len(right) / n * expected_impurity(right, criterion)
            if best is None or gain > best[2] + 1e-12:
                best = (f, t, gain)
    return best if best is not None and best[2] > 1e-12 else None


class TestDecisionTreeSplit(unittest.TestCase):
    def assertSplit(self, actual, expected, message=""):
        if expected is None:
            self.assertIsNone(actual, msg=message)
            return
        text = f"{message} {actual} vs {expected}"
        self.assertIsNotNone(actual, msg=text)
        feature, threshold, gain = actual
        self.assertEqual(feature, expected[0], msg=text)
        self.assertAlmostEqual(threshold, expected[1], delta=1e-12, msg=text)
        self.assertAlmostEqual(gain, expected[2], delta=TOL, msg=text)

    def test_impurity_values(self):
        self.assertAlmostEqual(impurity([0, 0, 1, 1]), 0.5, delta=TOL)
        self.assertAlmostEqual(impurity([0, 1, 2, 0]), 0.625, delta=TOL)
        self.assertAlmostEqual(impurity([3, 3, 3]), 0.0, delta=TOL)
        self.assertAlmostEqual(impurity([0, 0, 1, 1], "entropy"), 1.0, delta=TOL)
        self.assertAlmostEqual(impurity([0, 0, 0, 1], "entropy"), 0.8112781244591328, delta=TOL)
        self.assertAlmostEqual(impurity([0, 1, 2, 0], "entropy"), 1.5, delta=TOL)

    def test_example_one_clean_split(self):
        self.assertSplit(best_split([[2.0], [3.0], [10.0], [19.0]], [0, 0, 1, 1]), (0, 6.5, 0.5))
        self.assertSplit(best_split([[-1.5], [0.25], [3.0]], [0, 1, 1]), (0, -0.625, 4 / 9))

    def test_children_are_weighted_by_size(self):
        # Threshold 1.5 leaves [0, 0] | [1, 0]: gain 0.375 - (2/4) * 0 - (2/4) * 0.5 = 0.125.
        # An unweighted average of child impurities would prefer 0.5 ([0] | [0, 1, 0]).
        self.assertSplit(best_split([[0], [1], [2], [3]], [0, 0, 1, 0]), (0, 1.5, 0.125))
        self.assertSplit(best_split([[0], [1], [2], [3], [4]], [0, 0, 0, 1, 0]), (0, 2.5, 0.32 - 0.6 * 0 - 0.4 * 0.5))

    def test_no_threshold_between_equal_values(self):
        # The two rows with value 1 must go to the same side: the only threshold is 1.5.
        self.assertSplit(best_split([[1], [1], [2]], [0, 1, 1]), (0, 1.5, 4 / 9 - 2 / 3 * 0.5))
        self.assertSplit(best_split([[3], [1], [3], [1], [2]], [1, 0, 1, 1, 0]), (0, 2.5, 0.48 - 0.6 * (1 - (1 / 9 + 4 / 9))))
        self.assertSplit(best_split([[5], [5], [5]], [0, 1, 0]), None, "a constant feature has no threshold")

    def test_pure_node_and_useless_splits_return_none(self):
        self.assertIsNone(best_split([[1], [2], [3]], [7, 7, 7]))
        self.assertIsNone(best_split([[1, 4], [2, 3], [3, 2]], [1, 1, 1], "entropy"))
        self.assertSplit(best_split([[1], [1], [2], [2]], [0, 1, 0, 1]), None, "the only split has zero gain")
        self.assertIsNone(best_split([[4.5]], [0]))

    def test_ties_go_to_the_lowest_feature_then_the_lowest_threshold(self):
        # Both features order the rows the same way; 1.5 and 3.5 tie within feature 0.
        self.assertSplit(best_split([[1, 5], [2, 6], [3, 7], [4, 8]], [0, 1, 0, 1]), (0, 1.5, 1 / 6))
        # Feature 0 is constant, features 1 and 2 tie: feature 1 wins.
        self.assertSplit(best_split([[0, 10, 1], [0, 20, 2], [0, 30, 3]], [0, 1, 1]), (1, 15.0, 4 / 9))
        # Three thresholds tie on Gini.
        self.assertSplit(best_split([[0], [1], [2], [3]], [0, 1, 2, 0]), (0, 0.5, 0.125))

    def test_entropy_criterion(self):
        self.assertSplit(best_split([[1], [2], [3], [4]], [0, 0, 0, 1], "entropy"), (0, 3.5, 0.8112781244591328))
        # Entropy separates these labels differently from Gini (which ties at 0.5, 1.5 and 2.5).
        self.assertSplit(best_split([[0], [1], [2], [3]], [0, 1, 2, 0], "entropy"), (0, 1.5, 0.5))

    def test_matches_a_brute_force_search(self):
        gen = lcg(8675309)
        for case in range(60):
            n, d = 1 + int(12 * next(gen)), 1 + int(3 * next(gen))
            X = [[int(5 * next(gen)) for _ in range(d)] for _ in range(n)]
            y = [int(3 * next(gen)) for _ in range(n)]
            for criterion in ("gini", "entropy"):
                self.assertSplit(best_split(X, y, criterion), brute_force_split(X, y, criterion), f"case {case} {criterion}:")

    def test_reads_each_input_element_a_bounded_number_of_times(self):
        # Target O(d n log n): one sort per feature, then one pass that moves rows from the right child's class
        # counts to the left's. Re-partitioning all n rows at each of the n - 1 thresholds reads about 2 n^2
        # elements per feature and runs out of this budget of 100 reads per element of X and y.
        n = 3000
        gen = lcg(4242)
        rows = [[int(1000 * next(gen)), (r * 7919) % n] for r in range(n)]  # feature 1 is a permutation of 0..n-1
        labels = [1 if row[1] >= 1800 else 0 for row in rows]
        budget = ReadBudget(100 * n * 3)
        X = CountedList([CountedList(row, budget) for row in rows], budget)
        self.assertSplit(best_split(X, CountedList(labels, budget)), (1, 1799.5, 0.48))

    def test_invalid_inputs_raise(self):
        self.assertSplit(best_split([[0], [1]], [0, 1]), (0, 0.5, 0.5))
        with self.assertRaises(ValueError):
            best_split([[0], [1]], [0, 1], "mse")
        with self.assertRaises(ValueError):
            impurity([0, 1], "log-loss")
        with self.assertRaises(ValueError):
            best_split([], [])
        with self.assertRaises(ValueError):
            best_split([[0], [1]], [0])
        with self.assertRaises(ValueError):
            best_split([[0, 1], [1]], [0, 1])

    def test_inputs_are_not_modified(self):
        X, y = [[3.0, 1.0], [1.0, 2.0], [2.0, 0.5]], [1, 0, 1]
        saved = copy.deepcopy((X, y))
        best_split(X, y)
        best_split(X, y, "entropy")
        self.assertEqual((X, y), saved)


if __name__ == "__main__":
    unittest.main()
