import random
import time
import unittest

from solution import NegativeSampler, keep_probability, skip_gram_pairs


class ScriptedRandom(random.Random):
    """A Random whose random() returns fixed values in order and counts the draws."""

    def __new__(cls, values):
        return super().__new__(cls)  # before Python 3.11, Random.__new__ would treat `values` as a seed

    def __init__(self, values):
        super().__init__(0)
        self.values = list(values)
        self.draws = 0

    def random(self):
        if self.draws >= len(self.values):
            raise AssertionError("more draws than tokens")
        value = self.values[self.draws]
        self.draws += 1
        return value


class EdgeFirstRandom(random.Random):
    """A seeded Random whose first random() returns a given value (such as exactly 0.0)."""

    def __new__(cls, first, seed):
        return super().__new__(cls)

    def __init__(self, first, seed):
        super().__init__(seed)
        self.first = [first]

    def random(self):
        return self.first.pop() if self.first else super().random()


class TestSkipGramPairs(unittest.TestCase):
    def test_example_1_window_one_pairs_in_order(self):
        self.assertEqual(
            skip_gram_pairs(["the", "cat", "sat", "on", "the", "mat"], 1),
            [("the", "cat"), ("cat", "the"), ("cat", "sat"), ("sat", "cat"), ("sat", "on"),
             ("on", "sat"), ("on", "the"), ("the", "on"), ("the", "mat"), ("mat", "the")],
        )

    def test_wider_windows_are_clipped_at_the_ends(self):
        self.assertEqual(
            skip_gram_pairs(["a", "b", "c", "d"], 2),
            [("a", "b"), ("a", "c"), ("b", "a"), ("b", "c"), ("b", "d"),
             ("c", "a"), ("c", "b"), ("c", "d"), ("d", "b"), ("d", "c")],
        )
        self.assertEqual(
            skip_gram_pairs(["a", "b", "c"], 5),
            [("a", "b"), ("a", "c"), ("b", "a"), ("b", "c"), ("c", "a"), ("c", "b")],
        )

    def test_short_inputs_and_the_pair_count(self):
        self.assertEqual(skip_gram_pairs([], 3), [])
        self.assertEqual(skip_gram_pairs(["solo"], 3), [])
        tokens = [f"t{i}" for i in range(50)]
        # every token has 2w neighbours, minus the ones cut off at the two ends: 2 * (n*w - w(w+1)/2)
        self.assertEqual(len(skip_gram_pairs(tokens, 3)), 2 * (50 * 3 - 6))

    def test_keep_probability_formula(self):
        self.assertAlmostEqual(keep_probability(4 / 6, 0.1), 0.5372983346207417, places=9)
        self.assertAlmostEqual(keep_probability(0.75, 0.01), 0.1288033871712585, places=9)
        self.assertAlmostEqual(keep_probability(0.01, 0.001), 0.416227766016838, places=9)
        self.assertEqual(keep_probability(1 / 6, 0.1), 1.0, msg="rare words are always kept")

    def test_example_2_subsampling_with_scripted_draws(self):
        rng = ScriptedRandom([0.9, 0.5, 0.2, 0.7, 0.6, 0.1])
        tokens = ["the", "cat", "the", "dog", "the", "the"]
        pairs = skip_gram_pairs(tokens, 1, subsample_t=0.1, rng=rng)
        self.assertEqual(pairs, [("cat", "the"), ("the", "cat"), ("the", "dog"), ("dog", "the"), ("dog", "the"), ("the", "dog")])
        self.assertEqual(rng.draws, 6, msg="exactly one draw per token")
        self.assertEqual(tokens, ["the", "cat", "the", "dog", "the", "the"], msg="the input is not modified")
        # "x" is 4/6 of these tokens too; draws 0.537 and 0.0 keep it, 0.538 and 0.5373 drop it.
        rng = ScriptedRandom([0.537, 0.99, 0.538, 0.0, 0.5, 0.5373])
        self.assertEqual(
            skip_gram_pairs(["x", "y", "x", "x", "z", "x"], 3, subsample_t=0.1, rng=rng),
            [("x", "y"), ("x", "x"), ("x", "z"), ("y", "x"), ("y", "x"), ("y", "z"),
             ("x", "x"), ("x", "y"), ("x", "z"), ("z", "x"), ("z", "y"), ("z", "x")],
        )
        self.assertEqual(rng.draws, 6)

    def test_subsampling_keeps_frequent_words_at_the_right_rate(self):
        # "the" is half the corpus; each of the 2,000 other words is 5 / 20,000 of it (keep probability 1).
        tokens = []
        for i in range(10_000):
            tokens += ["the", f"w{i % 2000}"]
        t = 0.001
        pairs = skip_gram_pairs(tokens, 2, subsample_t=t, rng=random.Random(17))
        # m kept tokens give 2 * (2m - 3) pairs at window 2.
        kept = (len(pairs) // 2 + 3) // 2
        kept_the = kept - 10_000
        # About 10,000 * 0.0467 = 467 "the" tokens survive (standard deviation about 21).
        self.assertAlmostEqual(kept_the / 10_000, keep_probability(0.5, t), delta=0.012, msg=f"{kept_the} 'the' tokens kept")
        # The draws are fully specified (one rng.random() per token, keep iff u < p), so the result is exact.
        replay = random.Random(17)
        p_the = min(1.0, (t / 0.5) ** 0.5 + t / 0.5)
        expected_kept = [w for w in tokens if replay.random() < (p_the if w == "the" else 1.0)]
        self.assertEqual(pairs, skip_gram_pairs(expected_kept, 2))

    def test_long_token_list_gives_every_pair(self):
        tokens = [f"w{i % 5000}" for i in range(100_000)]
        pairs = skip_gram_pairs(tokens, 4)
        self.assertEqual(len(pairs), 2 * (100_000 * 4 - 10))
        self.assertEqual(pairs[-1], ("w4999", "w4998"))


class TestNegativeSampler(unittest.TestCase):
    def test_example_3_probabilities_are_counts_to_the_three_quarters(self):
        probs = NegativeSampler({"the": 81, "cat": 16, "mat": 1}).probabilities()
        self.assertEqual(set(probs), {"the", "cat", "mat"})
        self.assertAlmostEqual(probs["the"], 27 / 36, places=9)
        self.assertAlmostEqual(probs["cat"], 8 / 36, places=9)
        self.assertAlmostEqual(probs["mat"], 1 / 36, places=9)

    def test_power_one_and_zero_counts(self):
        probs = NegativeSampler({"a": 3, "b": 1, "c": 0}, power=1.0).probabilities()
        self.assertAlmostEqual(probs["a"], 0.75, places=9)
        self.assertAlmostEqual(probs["b"], 0.25, places=9)
        self.assertEqual(probs["c"], 0.0)
        probs = NegativeSampler({"x": 16, "y": 1, "z": 0}).probabilities()
        self.assertAlmostEqual(probs["x"], 8 / 9, places=9)
        self.assertAlmostEqual(probs["y"], 1 / 9, places=9)
        self.assertEqual(probs["z"], 0.0)

    def test_empirical_frequencies_with_a_fixed_seed(self):
        sampler = NegativeSampler({"the": 81, "cat": 16, "mat": 1, "never": 0})
        rng = random.Random(3)
        draws = sampler.sample(40_000, rng)
        self.assertEqual(len(draws), 40_000)
        self.assertNotIn("never", draws, msg="a word with count 0 is never drawn")
        for word, p in [("the", 27 / 36), ("cat", 8 / 36), ("mat", 1 / 36)]:
            self.assertAlmostEqual(draws.count(word) / 40_000, p, delta=0.015, msg=word)
        self.assertEqual(sampler.sample(0, rng), [])
        self.assertEqual(NegativeSampler({"only": 5}).sample(3, rng), ["only", "only", "only"])

    def test_invalid_inputs_raise(self):
        self.assertEqual(NegativeSampler({"a": 0, "b": 2}).probabilities(), {"a": 0.0, "b": 1.0})
        with self.assertRaises(ValueError):
            NegativeSampler({})
        with self.assertRaises(ValueError):
            NegativeSampler({"a": 3, "b": -1})
        with self.assertRaises(ValueError):
            NegativeSampler({"a": 0, "b": 0})
        with self.assertRaises(ValueError):
            skip_gram_pairs(["a", "b"], 1, subsample_t=0.1)

    def test_draws_come_from_the_given_rng(self):
        sampler = NegativeSampler({"the": 81, "cat": 16, "mat": 1, "sat": 10})
        first = sampler.sample(200, random.Random(5))
        self.assertEqual(sampler.sample(200, random.Random(5)), first, msg="the same seed gives the same draws")
        self.assertNotEqual(sampler.sample(200, random.Random(6)), first, msg="another seed gives other draws")

    def test_zero_count_words_are_never_drawn_even_at_the_edges(self):
        # rng.random() can return exactly 0.0; a word with count 0 owns no part of [0, 1).
        sampler = NegativeSampler({"zero": 0, "a": 1, "b": 0, "c": 3, "end": 0}, power=1.0)
        for value in [0.0, 0.25, 0.5, 1 - 2 ** -53]:
            draws = sampler.sample(5, EdgeFirstRandom(value, seed=30))
            self.assertEqual(len(draws), 5)
            self.assertTrue(set(draws) <= {"a", "c"}, msg=f"a first draw of {value} gave {draws}")

    def test_many_small_samples_from_a_large_vocabulary(self):
        # word2vec draws a few negatives per training pair, so sample is called many times with a
        # small n and each draw must cost O(log V). 1,000 calls of sample(20) over 100,000 words
        # (sample(50) in the TypeScript test: JavaScript runs the slow loops many times faster);
        # scanning the words, or rebuilding the weights, on every call costs O(V) per call. Only
        # the time inside sample is measured, and the test stops as soon as it passes a second.
        sampler = NegativeSampler({f"v{i}": i + 1 for i in range(100_000)})
        rng = random.Random(8)
        draws = []
        spent = 0.0
        for call in range(1000):
            started = time.perf_counter()
            draws += sampler.sample(20, rng)
            spent += time.perf_counter() - started
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s after {call + 1} calls of sample(20): not O(log V) per draw")
        # About 0.70 of the mass is in the upper half; 20,000 draws estimate it with a standard
        # error of about 0.003.
        weights = [(i + 1) ** 0.75 for i in range(100_000)]
        expected_top_half = sum(weights[50_000:]) / sum(weights)
        top_half = sum(1 for w in draws if int(w[1:]) >= 50_000) / len(draws)
        self.assertAlmostEqual(top_half, expected_top_half, delta=0.02)


if __name__ == "__main__":
    unittest.main()
