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
        self.assertAlmostEqual(dcg_at_k([2, 1], 5), 3 + 1 / math.log2(3), places=6)


class TestNdcgAtK(unittest.TestCase):
    def test_example_1_every_judged_item_returned(self):
        ranked = [3, 2, 3, 0, 1, 2]
        self.assertAlmostEqual(ndcg_at_k(ranked, [3, 2, 3, 0, 1, 2], 3), 0.9594535145926796, places=6)
        self.assertAlmostEqual(ndcg_at_k(ranked, [0, 1, 2, 2, 3, 3], 6), 0.9488107485678985, places=6, msg="the judged labels may come in any order")

    def test_example_2_ideal_includes_judged_items_the_model_missed(self):
        # The list is in the best order of its own items, but the judged item labelled 3 is missing.
        self.assertAlmostEqual(ndcg_at_k([2, 1, 0], [3, 2, 1, 0], 3), 0.38656565720663316, places=6)
        # Binary relevance: two relevant judged items, both returned, then a third one missed.
        self.assertAlmostEqual(ndcg_at_k([0, 1, 1], [1, 1], 3), 0.6934264036172708, places=6)
        self.assertAlmostEqual(ndcg_at_k([0, 1, 1], [1, 1, 1], 3), 0.5307212739772434, places=6)
        self.assertAlmostEqual(ndcg_at_k([1, 1], [1, 1, 0, 1], 2), 1.0, places=6, msg="the missed item is below the cutoff of the ideal")

    def test_example_3_relevant_item_below_the_cutoff(self):
        self.assertAlmostEqual(ndcg_at_k([0, 0, 1], [1, 0, 0], 2), 0.0, places=6)
        self.assertAlmostEqual(ndcg_at_k([0, 0, 1], [1, 0, 0], 3), 0.5, places=6)

    def test_example_4_nothing_relevant_gives_zero(self):
        self.assertEqual(ndcg_at_k([0, 0, 0], [0, 0], 3), 0.0)
        self.assertEqual(ndcg_at_k([], [], 5), 0.0)
        self.assertEqual(ndcg_at_k([0, 0], [], 2), 0.0)
        self.assertEqual(dcg_at_k([], 5), 0.0)

    def test_empty_ranked_list_with_relevant_judged_items_scores_zero(self):
        self.assertEqual(ndcg_at_k([], [2, 1], 3), 0.0)

    def test_ideal_order_scores_one(self):
        self.assertAlmostEqual(ndcg_at_k([3, 2, 1], [1, 2, 3], 2), 1.0, places=6)
        self.assertAlmostEqual(ndcg_at_k([2, 2, 0, 0], [2, 0, 2, 0], 4), 1.0, places=6)
        self.assertAlmostEqual(ndcg_at_k([1, 0], [0, 1], 1), 1.0, places=6)

    def test_reversed_order(self):
        self.assertAlmostEqual(ndcg_at_k([0, 1, 2, 3], [3, 2, 1, 0], 4), 0.547831481922746, places=6)

    def test_k_larger_than_the_list_uses_the_whole_list(self):
        self.assertAlmostEqual(ndcg_at_k([2, 0, 1], [1, 0, 2], 10), 0.9639404333166532, places=6)
        self.assertAlmostEqual(ndcg_at_k([0, 1], [1, 0], 5), 1 / math.log2(3), places=6)
        self.assertAlmostEqual(ndcg_at_k([2, 0, 1], [1, 0, 2], 10), ndcg_at_k([2, 0, 1], [1, 0, 2], 3), places=9)

    def test_short_ranked_list_still_has_the_full_ideal(self):
        # One item returned, two judged items labelled 2: IDCG@5 = 3 + 3 / log2(3), not 3.
        self.assertAlmostEqual(ndcg_at_k([2], [2, 2], 5), 0.6131471927654584, places=6)
        self.assertAlmostEqual(ndcg_at_k([2, 0], [2, 2, 0], 5), 0.6131471927654584, places=6)

    def test_labels_up_to_ten_sort_numerically(self):
        self.assertAlmostEqual(ndcg_at_k([10, 2], [2, 10, 1], 2), 1.0, places=6)
        self.assertAlmostEqual(ndcg_at_k([2, 10], [10, 2, 1], 2), 0.6326916773132347, places=6)

    def test_fractional_relevances(self):
        self.assertAlmostEqual(ndcg_at_k([0.5, 1.5, 0], [0, 0.5, 1.5], 3), 0.7502380880157817, places=6)

    def test_inputs_are_not_modified(self):
        ranked = [0, 3, 1, 2]
        judged = [1, 0, 3, 2, 2]
        ndcg_at_k(ranked, judged, 4)
        self.assertEqual(ranked, [0, 3, 1, 2])
        self.assertEqual(judged, [1, 0, 3, 2, 2])

    def test_large_input_runs_fast(self):
        rng = random.Random(42)
        relevances = [rng.randint(0, 4) for _ in range(100_000)]
        self.assertAlmostEqual(ndcg_at_k(sorted(relevances, reverse=True), relevances, 100_000), 1.0, places=6)
        value = ndcg_at_k(relevances, relevances, 1000)
        self.assertTrue(0.0 < value < 1.0, msg=f"a shuffled list should score strictly between 0 and 1, got {value}")
        # A list of 1,000 items labelled 3 while more than 1,000 judged items are labelled 4: 7 / 15.
        threes = [3] * 1000
        self.assertAlmostEqual(ndcg_at_k(threes, relevances, 1000), 7 / 15, places=6)


if __name__ == "__main__":
    unittest.main()
