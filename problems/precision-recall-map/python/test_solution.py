import time
import unittest

from solution import average_precision, mean_average_precision, precision_at_k, recall_at_k

RANKED = ["a", "b", "c", "d", "e"]
RELEVANT = {"a", "c", "f"}


class TestPrecisionAndRecallAtK(unittest.TestCase):
    def test_example_1_precision_and_recall_at_3(self):
        self.assertAlmostEqual(precision_at_k(RANKED, RELEVANT, 3), 2 / 3, places=6)
        self.assertAlmostEqual(recall_at_k(RANKED, RELEVANT, 3), 2 / 3, places=6)

    def test_precision_and_recall_at_every_cutoff(self):
        self.assertEqual([round(precision_at_k(RANKED, RELEVANT, k), 6) for k in range(1, 6)], [1.0, 0.5, 0.666667, 0.5, 0.4])
        self.assertEqual([round(recall_at_k(RANKED, RELEVANT, k), 6) for k in range(1, 6)], [0.333333, 0.333333, 0.666667, 0.666667, 0.666667])

    def test_k_beyond_the_list_divides_precision_by_k(self):
        self.assertAlmostEqual(precision_at_k(["a", "b"], {"a", "b"}, 4), 0.5, places=6)
        self.assertAlmostEqual(recall_at_k(["a", "b"], {"a", "b"}, 4), 1.0, places=6)
        self.assertAlmostEqual(precision_at_k([], {"a"}, 3), 0.0, places=6)

    def test_empty_relevant_set_gives_zero_recall(self):
        self.assertEqual(recall_at_k(["a", "b"], set(), 2), 0.0)
        self.assertEqual(precision_at_k(["a", "b"], set(), 2), 0.0)


class TestAveragePrecision(unittest.TestCase):
    def test_example_1_average_precision(self):
        self.assertAlmostEqual(average_precision(RANKED, RELEVANT), 5 / 9, places=6)

    def test_example_3_no_relevant_items_gives_zero(self):
        self.assertEqual(average_precision(["p", "q"], set()), 0.0)
        self.assertEqual(average_precision([], set()), 0.0)

    def test_perfect_ranking_and_nothing_retrieved(self):
        self.assertAlmostEqual(average_precision(["a", "b", "c", "x"], {"a", "b", "c"}), 1.0, places=6)
        self.assertAlmostEqual(average_precision(["x", "y"], {"a", "b"}), 0.0, places=6)
        self.assertAlmostEqual(average_precision([], {"a"}), 0.0, places=6)

    def test_relevant_items_at_the_bottom(self):
        # hits at ranks 3 and 4: (1/3 + 2/4) / 2
        self.assertAlmostEqual(average_precision(["w", "x", "a", "b"], {"a", "b"}), 5 / 12, places=6)

    def test_short_list_still_divides_by_every_relevant_item(self):
        # Relevant items that were never retrieved count as 0, however short the list is.
        self.assertAlmostEqual(average_precision(["a"], {"a", "b"}), 0.5, places=6)
        self.assertAlmostEqual(average_precision(["a", "x"], {"a", "b", "c"}), 1 / 3, places=6)


class TestMeanAveragePrecision(unittest.TestCase):
    def test_example_2_two_queries(self):
        queries = [(RANKED, RELEVANT), (["x", "y", "z"], {"y"})]
        self.assertAlmostEqual(mean_average_precision(queries), 19 / 36, places=6)

    def test_query_without_relevant_items_still_counts(self):
        queries = [(["a", "b"], {"a"}), (["c", "d"], set())]
        self.assertAlmostEqual(mean_average_precision(queries), 0.5, places=6)
        self.assertEqual(mean_average_precision([]), 0.0)

    def test_inputs_are_not_modified(self):
        ranked = ["b", "a", "c"]
        relevant = {"a", "z"}
        queries = [(ranked, relevant)]
        mean_average_precision(queries)
        precision_at_k(ranked, relevant, 2)
        recall_at_k(ranked, relevant, 2)
        self.assertEqual(ranked, ["b", "a", "c"])
        self.assertEqual(relevant, {"a", "z"})
        self.assertEqual(len(queries), 1)

    def test_many_short_queries(self):
        # 2,000 queries of 20 items; query q has its relevant items at ranks 1 and q % 20 + 1.
        queries = []
        expected = 0.0
        for q in range(2000):
            ranked = [f"q{q}-{i}" for i in range(20)]
            second = q % 20
            relevant = {ranked[0], ranked[second], f"q{q}-missing"}
            queries.append((ranked, relevant))
            expected += (1 + (2 / (second + 1) if second > 0 else 0)) / len(relevant)
        self.assertAlmostEqual(mean_average_precision(queries), expected / 2000, places=6)

    def test_long_lists_take_linear_time(self):
        # Lists double in length each round, from 2,500 to 20,000 items (4,000 to 32,000 in the
        # TypeScript test: JavaScript runs the slow loops many times faster). One pass per list
        # is linear; recomputing precision@i from the top of the list at every hit costs about
        # n^2 / 4 steps. Only the time inside the four functions is measured, and the test
        # stops as soon as it passes a second.
        spent = 0.0
        n = 2500
        while n <= 20_000:
            # Every even-numbered item is relevant, plus 10 that are never retrieved.
            ranked = [f"item{i}" for i in range(n)]
            relevant = {f"item{i}" for i in range(0, n, 2)} | {f"missing{j}" for j in range(10)}
            hits = (n + 1) // 2
            # the j-th hit (j from 1) is at rank 2j - 1
            expected = sum(j / (2 * j - 1) for j in range(1, hits + 1)) / len(relevant)
            started = time.perf_counter()
            ap = average_precision(ranked, relevant)
            mean = mean_average_precision([(ranked, relevant), (ranked, set())])
            precision = precision_at_k(ranked, relevant, n)
            recall = recall_at_k(ranked, relevant, n)
            spent += time.perf_counter() - started
            self.assertAlmostEqual(ap, expected, places=6, msg=f"n = {n}")
            self.assertAlmostEqual(mean, expected / 2, places=6, msg=f"n = {n}")
            self.assertAlmostEqual(precision, hits / n, places=6, msg=f"n = {n}")
            self.assertAlmostEqual(recall, hits / len(relevant), places=6, msg=f"n = {n}")
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s in total by n = {n}: not linear")
            n *= 2


if __name__ == "__main__":
    unittest.main()
