import math
import random
import unittest

from solution import dcg_at_k, ndcg_at_k


class TestDcgAtK(unittest.TestCase):
    def test_example_1_dcg_and_ideal_dcg(self):
        self.assertAlmostEqual(dcg_at_k([3, 2, 3, 0, 1, 2], 3), 7 + 3 / math.log2(3) + 3.5, places=6)
        self.assertAlmostEqual(dcg_at_k([3, 3, 2], 3), 12.916508275000202, places=6)

    def test_dcg_discount_starts_at_position_one(self):
        # position 1 -> log2(2) = 1, position 2 -> log2(3), position 3 -> log2(4) = 2
        self.assertAlmostEqual(dcg_at_k([1], 1), 1.0, places=6)
        self.assertAlmostEqual(dcg_at_k([0, 1], 2), 1 / math.log2(3), places=6)
        self.assertAlmostEqual(dcg_at_k([0, 0, 2], 3), 1.5, places=6)


class TestNdcgAtK(unittest.TestCase):
    def test_example_1_graded_relevances(self):
        self.assertAlmostEqual(ndcg_at_k([3, 2, 3, 0, 1, 2], 3), 0.9594535145926796, places=6)
        self.assertAlmostEqual(ndcg_at_k([3, 2, 3, 0, 1, 2], 6), 0.9488107485678985, places=6)

    def test_example_2_relevant_item_below_the_cutoff(self):
        self.assertAlmostEqual(ndcg_at_k([0, 0, 1], 2), 0.0, places=6)
        self.assertAlmostEqual(ndcg_at_k([0, 0, 1], 3), 0.5, places=6)

    def test_example_3_nothing_relevant_gives_zero(self):
        self.assertEqual(ndcg_at_k([0, 0, 0], 3), 0.0)
        self.assertEqual(ndcg_at_k([], 5), 0.0)
        self.assertEqual(dcg_at_k([], 5), 0.0)

    def test_ideal_order_scores_one(self):
        self.assertAlmostEqual(ndcg_at_k([3, 2, 1], 2), 1.0, places=6)
        self.assertAlmostEqual(ndcg_at_k([2, 2, 0, 0], 4), 1.0, places=6)
        self.assertAlmostEqual(ndcg_at_k([1, 0], 1), 1.0, places=6)

    def test_reversed_order(self):
        self.assertAlmostEqual(ndcg_at_k([0, 1, 2, 3], 4), 0.547831481922746, places=6)

    def test_k_larger_than_the_list_uses_the_whole_list(self):
        self.assertAlmostEqual(ndcg_at_k([2, 0, 1], 10), 0.9639404333166532, places=6)
        self.assertAlmostEqual(ndcg_at_k([0, 1], 5), 1 / math.log2(3), places=6)
        self.assertAlmostEqual(ndcg_at_k([2, 0, 1], 10), ndcg_at_k([2, 0, 1], 3), places=9)

    def test_fractional_relevances(self):
        self.assertAlmostEqual(ndcg_at_k([0.5, 1.5, 0], 3), 0.7502380880157817, places=6)

    def test_input_is_not_modified(self):
        relevances = [0, 3, 1, 2]
        ndcg_at_k(relevances, 4)
        self.assertEqual(relevances, [0, 3, 1, 2])

    def test_large_input_runs_fast(self):
        rng = random.Random(42)
        relevances = [rng.randint(0, 4) for _ in range(100_000)]
        self.assertAlmostEqual(ndcg_at_k(sorted(relevances, reverse=True), 100_000), 1.0, places=6)
        value = ndcg_at_k(relevances, 1000)
        self.assertTrue(0.0 < value < 1.0, msg=f"a shuffled list should score strictly between 0 and 1, got {value}")


if __name__ == "__main__":
    unittest.main()
