import random
import time
import unittest

from solution import roc_auc


def brute_force_auc(scores, labels):
    """O(P * N) pairwise definition, for checking small inputs."""
    total = 0.0
    pairs = 0
    for si, yi in zip(scores, labels):
        if yi != 1:
            continue
        for sj, yj in zip(scores, labels):
            if yj != 0:
                continue
            pairs += 1
            total += 1.0 if si > sj else 0.5 if si == sj else 0.0
    return total / pairs


class TestRocAuc(unittest.TestCase):
    def test_example_1_one_pair_out_of_order(self):
        self.assertAlmostEqual(roc_auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75, places=6)

    def test_example_2_tied_scores_count_one_half(self):
        self.assertAlmostEqual(roc_auc([0.9, 0.5, 0.5, 0.2], [1, 1, 0, 0]), 0.875, places=6)

    def test_all_scores_equal_gives_one_half(self):
        self.assertAlmostEqual(roc_auc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1]), 0.5, places=6)
        self.assertAlmostEqual(roc_auc([2.0] * 7, [1, 0, 0, 0, 1, 0, 0]), 0.5, places=6)

    def test_perfect_and_inverted_rankings(self):
        self.assertAlmostEqual(roc_auc([0.2, 0.9, 0.1, 0.8], [0, 1, 0, 1]), 1.0, places=6)
        self.assertAlmostEqual(roc_auc([0.2, 0.9, 0.1, 0.8], [1, 0, 1, 0]), 0.0, places=6)
        self.assertAlmostEqual(roc_auc([-3.0, 5.0], [0, 1]), 1.0, places=6)

    def test_example_3_only_one_class_raises(self):
        self.assertAlmostEqual(roc_auc([0.3, 0.7], [0, 1]), 1.0, places=6)
        with self.assertRaises(ValueError):
            roc_auc([0.3, 0.7], [1, 1])
        with self.assertRaises(ValueError):
            roc_auc([0.3, 0.7, 0.1], [0, 0, 0])
        with self.assertRaises(ValueError):
            roc_auc([], [])

    def test_mismatched_lengths_raise(self):
        self.assertAlmostEqual(roc_auc([0.3, 0.7, 0.5], [0, 1, 1]), 1.0, places=6)
        with self.assertRaises(ValueError):
            roc_auc([0.3, 0.7, 0.5], [0, 1])

    def test_only_the_order_of_scores_matters(self):
        scores = [0.05, 0.7, 0.3, 0.3, 0.9, 0.1, 0.6]
        labels = [0, 1, 0, 1, 1, 0, 0]
        expected = brute_force_auc(scores, labels)
        self.assertAlmostEqual(roc_auc(scores, labels), expected, places=6)
        self.assertAlmostEqual(roc_auc([10 * s - 3 for s in scores], labels), expected, places=6, msg="an increasing transform keeps the AUC")
        self.assertAlmostEqual(roc_auc(scores[::-1], labels[::-1]), expected, places=6, msg="the input order does not matter")

    def test_scores_of_any_sign_and_size(self):
        # Raw logits: negative, fractional and multi-digit scores must be ordered as numbers.
        scores = [-12.5, 3.0, 10.0, 9.0, -2.0, 0.5, 100.0, -0.25, 9.0]
        labels = [0, 1, 1, 0, 0, 1, 1, 0, 1]
        self.assertAlmostEqual(roc_auc(scores, labels), 17.5 / 20, places=6)
        self.assertAlmostEqual(roc_auc(scores, labels), brute_force_auc(scores, labels), places=6)

    def test_matches_pairwise_definition_on_random_inputs_with_ties(self):
        rng = random.Random(7)
        for trial in range(50):
            n = rng.randint(2, 60)
            scores = [round(rng.random(), 1) for _ in range(n)]  # one decimal: many ties
            labels = [rng.randint(0, 1) for _ in range(n)]
            labels[0], labels[1] = 0, 1
            self.assertAlmostEqual(roc_auc(scores, labels), brute_force_auc(scores, labels), places=6, msg=f"trial {trial}")

    def test_inputs_are_not_modified(self):
        scores = [0.4, 0.1, 0.4, 0.9]
        labels = [1, 0, 0, 1]
        roc_auc(scores, labels)
        self.assertEqual(scores, [0.4, 0.1, 0.4, 0.9])
        self.assertEqual(labels, [1, 0, 0, 1])

    def test_large_inputs_run_in_n_log_n(self):
        # Sizes double each round, from 2,500 to 20,000 examples (4,000 to 32,000 in the
        # TypeScript test: JavaScript runs the slow loops many times faster). Sorting costs
        # O(n log n); comparing every (positive, negative) pair costs about n^2 / 4 steps, and
        # rescanning the examples at every distinct threshold about n^2 / 2. Only the time
        # inside roc_auc is measured, and the test stops as soon as it passes a second.
        rng = random.Random(2024)
        spent = 0.0
        n = 2500
        while n <= 20_000:
            # 10,000 possible scores: many distinct values, and ties too.
            buckets = [rng.randrange(10_000) for _ in range(n)]
            scores = [b / 10_000 for b in buckets]
            # Positives lean towards high scores, so the AUC is well above 1/2.
            labels = [1 if rng.random() < b / 10_000 else 0 for b in buckets]
            # Exact AUC by counting per distinct score: O(n + 10,000).
            pos = [0] * 10_000
            neg = [0] * 10_000
            for b, y in zip(buckets, labels):
                (pos if y == 1 else neg)[b] += 1
            wins = 0.0
            negatives_below = 0
            for v in range(10_000):
                wins += pos[v] * (negatives_below + 0.5 * neg[v])
                negatives_below += neg[v]
            expected = wins / (sum(pos) * sum(neg))
            started = time.perf_counter()
            auc = roc_auc(scores, labels)
            spent += time.perf_counter() - started
            self.assertAlmostEqual(auc, expected, places=6, msg=f"n = {n}")
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s in total by n = {n}: not O(n log n)")
            n *= 2


if __name__ == "__main__":
    unittest.main()
