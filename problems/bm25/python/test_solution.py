import math
import unittest

from solution import bm25_scores, bm25_top_k

CORPUS = [
    "the cat sat on the mat".split(),
    "the dog sat".split(),
    "a cat and a dog played".split(),
    "cats chase mice".split(),
    "the the the cat".split(),
]


def mulberry32(seed):
    """Seeded uniform generator in [0, 1): the same numbers as mulberry32 in the TypeScript tests."""
    state = seed & 0xFFFFFFFF

    def next_uniform():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = ((state ^ (state >> 15)) * (state | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_uniform


def direct_bm25(query, corpus, k1=1.2, b=0.75):
    """The formula written out term by term, for checking larger inputs."""
    n = len(corpus)
    average = sum(len(d) for d in corpus) / n
    scores = []
    for doc in corpus:
        total = 0.0
        for term in query:
            df = sum(1 for d in corpus if term in d)
            tf = doc.count(term)
            idf = math.log((n - df + 0.5) / (df + 0.5) + 1)
            total += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc) / average))
        scores.append(total)
    return scores


class TestBM25(unittest.TestCase):
    def assertScores(self, actual, expected, delta=1e-6):
        self.assertEqual(len(actual), len(expected), msg=f"{actual} vs {expected}")
        for i, (a, e) in enumerate(zip(actual, expected)):
            self.assertAlmostEqual(a, e, delta=delta, msg=f"document {i}: {actual} vs {expected}")

    def test_example_1_single_term(self):
        self.assertScores(bm25_scores(["cat"], CORPUS), [0.469198, 0.0, 0.469198, 0.0, 0.559816])
        self.assertEqual(bm25_top_k(["cat"], CORPUS, 3), [4, 0, 2])

    def test_example_2_two_terms(self):
        self.assertScores(bm25_scores(["dog", "sat"], CORPUS), [0.762099, 2.012954, 0.762099, 0.0, 0.0])
        self.assertEqual(bm25_top_k(["dog", "sat"], CORPUS, 10), [1, 0, 2])
        self.assertScores(bm25_scores(["the", "cat"], CORPUS), [1.141555, 0.619654, 0.469198, 0.0, 1.423638])

    def test_idf_follows_the_stated_formula(self):
        # Every document has 2 tokens, so |D| = avgdl and a term seen once scores exactly its IDF.
        corpus = [["x", "pad"], ["x", "pad"], ["x", "pad"], ["y", "pad"], ["z", "pad"], ["w", "pad"]]
        n = 6
        for term, df in [("x", 3), ("y", 1), ("pad", 6)]:
            idf = math.log((n - df + 0.5) / (df + 0.5) + 1)
            self.assertAlmostEqual(bm25_scores([term], corpus)[0 if term != "y" else 3], idf, delta=1e-9, msg=term)

    def test_common_terms_never_score_negative(self):
        corpus = [["news", "today"], ["news", "sports"], ["news", "weather"], ["cooking"]]
        scores = bm25_scores(["news"], corpus)
        self.assertTrue(all(s > 0 for s in scores[:3]), msg=f"a term in 3 of 4 documents still has a positive IDF: {scores}")
        self.assertAlmostEqual(scores[0], math.log(1.5 / 3.5 + 1) * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 2 / 1.75)), delta=1e-9)
        self.assertEqual(bm25_top_k(["news"], corpus, 5), [0, 1, 2])
        self.assertEqual(bm25_top_k(["news", "cooking"], corpus, 1), [3])

    def test_term_frequency_saturates(self):
        corpus = [["ai"] * tf + ["filler"] * (20 - tf) for tf in (1, 2, 4, 8, 16)] + [["other"] * 20]
        scores = bm25_scores(["ai"], corpus)
        idf = math.log((6 - 5 + 0.5) / (5 + 0.5) + 1)
        # Equal lengths: score = idf * tf * 2.2 / (tf + 1.2), rising towards idf * 2.2 but never reaching it.
        self.assertScores(scores, [idf * tf * 2.2 / (tf + 1.2) for tf in (1, 2, 4, 8, 16)] + [0.0], delta=1e-9)
        self.assertLess(scores[4] / scores[0], 2.2, msg="16 occurrences are worth less than 2.2 times one occurrence")

    def test_longer_documents_are_normalised(self):
        short = ["ml", "a"]
        long = ["ml"] + ["a"] * 9
        corpus = [short, long]
        scores = bm25_scores(["ml"], corpus)
        idf = math.log(0.5 / 2.5 + 1)
        self.assertScores(scores, [idf * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 2 / 6)), idf * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 10 / 6))], delta=1e-9)
        self.assertGreater(scores[0], scores[1])
        flat = bm25_scores(["ml"], corpus, b=0.0)
        self.assertAlmostEqual(flat[0], flat[1], delta=1e-12, msg="b = 0 turns the length normalisation off")
        self.assertAlmostEqual(flat[0], idf, delta=1e-9)

    def test_repeated_query_terms_count_each_time(self):
        once = bm25_scores(["cat"], CORPUS)
        twice = bm25_scores(["cat", "cat"], CORPUS)
        self.assertScores(twice, [2 * s for s in once], delta=1e-9)
        self.assertScores(bm25_scores(["cat", "the", "cat"], CORPUS), [a + b for a, b in zip(twice, bm25_scores(["the"], CORPUS))], delta=1e-9)

    def test_parameters_and_invalid_values(self):
        # k1 = 0: every matching term adds just its IDF, however often it appears.
        idf = math.log((5 - 3 + 0.5) / (3 + 0.5) + 1)
        self.assertScores(bm25_scores(["cat"], CORPUS, k1=0.0), [idf, 0.0, idf, 0.0, idf], delta=1e-9)
        self.assertScores(bm25_scores(["cat"], CORPUS, k1=2.0, b=1.0), [0.433826, 0.0, 0.433826, 0.0, 0.573770])
        for k1, b in [(-0.1, 0.75), (1.2, -0.1), (1.2, 1.5)]:
            with self.assertRaises(ValueError, msg=f"k1 {k1}, b {b}"):
                bm25_scores(["cat"], CORPUS, k1=k1, b=b)
        with self.assertRaises(ValueError):
            bm25_top_k(["cat"], CORPUS, -1)

    def test_top_k_ties_cut_off_and_non_matching_documents(self):
        corpus = [["b", "a"], ["c", "d"], ["a", "b"], ["a", "b"], ["a", "x"]]
        self.assertEqual(bm25_top_k(["a"], corpus, 10), [0, 2, 3, 4])
        self.assertEqual(bm25_top_k(["a", "b"], corpus, 2), [0, 2])
        self.assertEqual(bm25_top_k(["a"], corpus, 0), [])
        self.assertEqual(bm25_top_k(["zzz"], corpus, 3), [])

    def test_empty_documents_corpus_and_query(self):
        self.assertEqual(bm25_scores(["cat"], []), [])
        self.assertEqual(bm25_top_k(["cat"], [], 3), [])
        self.assertEqual(bm25_scores(["cat"], [[], []]), [0.0, 0.0])
        self.assertEqual(bm25_scores([], CORPUS), [0.0] * 5)
        scores = bm25_scores(["cat"], [[], ["cat"], []])
        self.assertAlmostEqual(scores[1], math.log(2.5 / 1.5 + 1) * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 3)), delta=1e-9)
        self.assertEqual(scores[0], 0.0)

    def test_matches_the_formula_on_a_random_corpus(self):
        rng = mulberry32(31)
        vocabulary = [f"w{i}" for i in range(40)]

        def pick(limit):
            return vocabulary[math.floor(rng() * limit)]

        corpus = []
        for _ in range(60):
            limit = 5 + math.floor(rng() * 36)
            corpus.append([pick(limit) for _ in range(math.floor(rng() * 31))])
        for trial in range(10):
            query = [pick(40) for _ in range(1 + math.floor(rng() * 5))]
            k1 = 0.5 + 1.5 * rng()
            b = rng()
            expected = direct_bm25(query, corpus, k1, b)
            self.assertScores(bm25_scores(query, corpus, k1, b), expected, delta=1e-9)
            ranked = sorted((i for i in range(60) if expected[i] > 0), key=lambda i: (-expected[i], i))
            self.assertEqual(bm25_top_k(query, corpus, 7, k1, b), ranked[:7], msg=f"trial {trial}")

    def test_inputs_are_not_modified(self):
        query = ["cat", "the", "cat"]
        corpus = [list(doc) for doc in CORPUS]
        bm25_top_k(query, corpus, 2)
        self.assertEqual(query, ["cat", "the", "cat"])
        self.assertEqual(corpus, CORPUS)


if __name__ == "__main__":
    unittest.main()
