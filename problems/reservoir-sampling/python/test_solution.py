import random
import unittest

from solution import reservoir_sample, weighted_reservoir_sample


class OneShot:
    """An iterable that can be iterated only once, like a network stream."""

    def __init__(self, items):
        self._items = items
        self._used = False

    def __iter__(self):
        if self._used:
            raise AssertionError("the stream was iterated twice")
        self._used = True
        return iter(self._items)


class CountingRandom(random.Random):
    """A seeded Random that counts calls to random() (randrange and sample go through it too)."""

    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0

    def random(self):
        self.calls += 1
        return super().random()


def stream_noting_draws(items, rng, notes):
    """Yields the items, then notes how many draws rng had made when the stream ran out."""
    yield from items
    notes.append(rng.calls)


class TestReservoirSample(unittest.TestCase):
    def test_example_1_short_stream_is_returned_whole(self):
        self.assertEqual(reservoir_sample(iter(["a", "b"]), 5, random.Random(1)), ["a", "b"])
        self.assertEqual(reservoir_sample(iter([]), 3, random.Random(1)), [])

    def test_exactly_k_items_are_all_kept(self):
        self.assertEqual(sorted(reservoir_sample(range(4), 4, random.Random(2))), [0, 1, 2, 3])

    def test_k_zero_gives_an_empty_sample(self):
        self.assertEqual(reservoir_sample(range(10), 0, random.Random(3)), [])
        self.assertEqual(weighted_reservoir_sample([("a", 1.0)], 0, random.Random(3)), [])

    def test_sample_has_k_distinct_items_from_the_stream(self):
        rng = random.Random(4)
        for _ in range(200):
            sample = reservoir_sample(range(50), 7, rng)
            self.assertEqual(len(sample), 7)
            self.assertEqual(len(set(sample)), 7, msg=f"repeated item in {sample}")
            self.assertTrue(all(0 <= x < 50 for x in sample))

    def test_example_2_every_item_is_equally_likely(self):
        rng = random.Random(5)
        runs = 3000
        counts = [0] * 10
        both_ends = 0
        for _ in range(runs):
            sample = reservoir_sample(range(10), 3, rng)
            for x in sample:
                counts[x] += 1
            both_ends += 0 in sample and 9 in sample
        for item, count in enumerate(counts):
            self.assertAlmostEqual(count / runs, 0.3, delta=0.04, msg=f"item {item} in {count} of {runs} samples")
        # P(0 and 9 both sampled) = C(8, 1) / C(10, 3) = 1/15
        self.assertAlmostEqual(both_ends / runs, 1 / 15, delta=0.025)

    def test_the_sample_comes_from_the_given_rng(self):
        first = reservoir_sample(range(1000), 20, random.Random(42))
        for _ in range(3):
            self.assertEqual(reservoir_sample(range(1000), 20, random.Random(42)), first, msg="the same seed gives the same sample")
        self.assertNotEqual(reservoir_sample(range(1000), 20, random.Random(43)), first, msg="another seed gives another sample")
        stream = [(i, 1 + i % 7) for i in range(1000)]
        weighted = weighted_reservoir_sample(iter(stream), 20, random.Random(42))
        self.assertEqual(weighted_reservoir_sample(iter(stream), 20, random.Random(42)), weighted)

    def test_each_item_is_decided_while_the_stream_is_read(self):
        # Reading the whole stream first and sampling afterwards needs O(n) memory:
        # the draws must start before the stream runs out.
        rng = CountingRandom(12)
        notes = []
        sample = reservoir_sample(stream_noting_draws(range(1000), rng, notes), 10, rng)
        self.assertEqual(len(sample), 10)
        self.assertEqual(len(notes), 1, msg="the stream is read to the end")
        self.assertGreater(notes[0], 0, msg="no random draw was made before the stream ran out: the stream was stored")
        rng = CountingRandom(13)
        notes = []
        weighted = weighted_reservoir_sample(stream_noting_draws([(i, 1.0) for i in range(1000)], rng, notes), 10, rng)
        self.assertEqual(len(weighted), 10)
        self.assertEqual(len(notes), 1, msg="the stream is read to the end")
        self.assertGreater(notes[0], 0, msg="no random draw was made before the stream ran out: the stream was stored")

    def test_large_generator_stream_in_one_pass(self):
        n = 200_000
        rng = random.Random(6)
        sample = reservoir_sample(OneShot(x for x in range(n)), 100, rng)
        self.assertEqual(len(sample), 100)
        self.assertEqual(len(set(sample)), 100)
        self.assertAlmostEqual(sum(sample) / 100, n / 2, delta=25_000, msg="the sample should spread over the whole stream")
        weighted = weighted_reservoir_sample(OneShot((x, 1.0) for x in range(n)), 100, rng)
        self.assertEqual(len(set(weighted)), 100)
        self.assertAlmostEqual(sum(weighted) / 100, n / 2, delta=25_000)


class TestWeightedReservoirSample(unittest.TestCase):
    def test_example_3_probability_follows_the_weight(self):
        rng = random.Random(7)
        runs = 5000
        counts = {"a": 0, "b": 0, "c": 0, "d": 0}
        for _ in range(runs):
            (chosen,) = weighted_reservoir_sample(iter([("a", 1), ("b", 2), ("c", 3), ("d", 4)]), 1, rng)
            counts[chosen] += 1
        for item, weight in [("a", 1), ("b", 2), ("c", 3), ("d", 4)]:
            self.assertAlmostEqual(counts[item] / runs, weight / 10, delta=0.035, msg=f"{item}: {counts[item]} of {runs}")

    def test_tiny_weights_keep_their_proportions(self):
        # u ** (1 / w) underflows to 0 for weights this small; ln(u) / w does not.
        rng = random.Random(14)
        runs = 4000
        counts = {"a": 0, "b": 0, "c": 0, "d": 0}
        stream = [("a", 1e-9), ("b", 2e-9), ("c", 3e-9), ("d", 4e-9)]
        for _ in range(runs):
            (chosen,) = weighted_reservoir_sample(iter(stream), 1, rng)
            counts[chosen] += 1
        for item, weight in stream:
            self.assertAlmostEqual(counts[item] / runs, weight / 1e-8, delta=0.035, msg=f"{item}: {counts[item]} of {runs}")

    def test_weight_zero_items_are_never_chosen(self):
        rng = random.Random(8)
        stream = [("x", 1.0), ("y", 0.0), ("z", 3.0), ("w", 0.0), ("v", 0.5)]
        for _ in range(500):
            sample = weighted_reservoir_sample(iter(stream), 2, rng)
            self.assertEqual(len(sample), 2)
            self.assertNotIn("y", sample)
            self.assertNotIn("w", sample)
        self.assertEqual(weighted_reservoir_sample(iter(stream), 5, rng), ["x", "z", "v"], msg="fewer positive weights than k: all of them, in order")

    def test_heavy_item_is_almost_always_included(self):
        rng = random.Random(9)
        runs = 2000
        hits = 0
        for _ in range(runs):
            sample = weighted_reservoir_sample(iter([("light1", 1), ("heavy", 100), ("light2", 1), ("light3", 1), ("light4", 1)]), 2, rng)
            self.assertEqual(len(set(sample)), 2)
            hits += "heavy" in sample
        # Exact probability of missing it: 4/104 * 3/103, about 0.1%.
        self.assertGreater(hits / runs, 0.97)

    def test_negative_weight_raises(self):
        self.assertEqual(weighted_reservoir_sample(iter([("a", 1.0), ("b", 0.0)]), 1, random.Random(10)), ["a"])
        with self.assertRaises(ValueError):
            weighted_reservoir_sample(iter([("a", 1.0), ("b", -0.5)]), 1, random.Random(10))


if __name__ == "__main__":
    unittest.main()
