import math
import unittest

from solution import psi, psi_label, quantile_edges

BASELINE = list(range(1, 101))  # 1, 2, ..., 100


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


def shuffled(values, rng):
    """A Fisher-Yates shuffle of a copy of values (the same order as the TypeScript tests)."""
    result = list(values)
    for i in range(len(result) - 1, 0, -1):
        j = math.floor(rng() * (i + 1))
        result[i], result[j] = result[j], result[i]
    return result


def rounded_gauss(rng, mean, sd):
    """A normal draw (Box-Muller) rounded to 2 decimals, half up like JavaScript's Math.round."""
    z = math.sqrt(-2 * math.log(1 - rng())) * math.cos(2 * math.pi * rng())
    return math.floor((mean + sd * z) * 100 + 0.5) / 100


def direct_psi(baseline, current, bins=10, eps=1e-4):
    """The statement's recipe written out plainly, for checking random inputs."""
    values = sorted(baseline)
    n = len(values)
    edges = []
    for j in range(1, bins):
        h = (n - 1) * j / bins
        i = math.floor(h)
        edges.append(values[i] + (h - i) * (values[i + 1] - values[i]) if i + 1 < n else values[i])

    def proportions(sample):
        counts = [0] * bins
        for v in sample:
            counts[sum(1 for e in edges if e < v)] += 1
        return [c / len(sample) if c else eps for c in counts]

    return sum((a - e) * math.log(a / e) for a, e in zip(proportions(current), proportions(baseline)))


class TestPopulationStabilityIndex(unittest.TestCase):
    def assertListAlmostEqual(self, actual, expected, delta=1e-9):
        self.assertEqual(len(actual), len(expected), msg=f"{actual} vs {expected}")
        for i, (a, e) in enumerate(zip(actual, expected)):
            self.assertAlmostEqual(a, e, delta=delta, msg=f"index {i}: {actual} vs {expected}")

    def test_quantile_edges_interpolate(self):
        self.assertListAlmostEqual(quantile_edges(BASELINE), [10.9, 20.8, 30.7, 40.6, 50.5, 60.4, 70.3, 80.2, 90.1])
        self.assertListAlmostEqual(quantile_edges([3.0, 1.0], 4), [1.5, 2.0, 2.5])
        self.assertListAlmostEqual(quantile_edges([5.0], 3), [5.0, 5.0])
        self.assertListAlmostEqual(quantile_edges(list(range(10, -1, -1)), 5), [2.0, 4.0, 6.0, 8.0])

    def test_identical_distributions_give_zero(self):
        self.assertEqual(psi(BASELINE, BASELINE), 0.0)
        mixed = shuffled(BASELINE, mulberry32(3))
        self.assertEqual(psi(BASELINE, mixed), 0.0)
        self.assertAlmostEqual(psi(BASELINE, BASELINE + BASELINE), 0.0, delta=1e-12, msg="only proportions matter")
        self.assertEqual(psi_label(psi(BASELINE, mixed)), "stable")

    def test_example_1_a_small_shift(self):
        # Shifted by +5: the first bin keeps 5% instead of 10%, the last gets 15%.
        value = psi(BASELINE, [x + 5 for x in BASELINE])
        self.assertAlmostEqual(value, (0.05 - 0.1) * math.log(0.5) + (0.15 - 0.1) * math.log(1.5), delta=1e-9)
        self.assertAlmostEqual(value, 0.054931, delta=1e-6)
        self.assertEqual(psi_label(value), "stable")

    def test_example_2_a_large_shift_with_empty_bins(self):
        # Shifted by +30: three bins are empty (epsilon = 1e-4), the last holds 40%.
        value = psi(BASELINE, [x + 30 for x in BASELINE])
        self.assertAlmostEqual(value, 3 * (1e-4 - 0.1) * math.log(1e-4 / 0.1) + 0.3 * math.log(4), delta=1e-9)
        self.assertAlmostEqual(value, 2.486143, delta=1e-6)
        self.assertEqual(psi_label(value), "major")
        bigger_eps = psi(BASELINE, [x + 30 for x in BASELINE], eps=1e-3)
        self.assertAlmostEqual(bigger_eps, 3 * (1e-3 - 0.1) * math.log(1e-3 / 0.1) + 0.3 * math.log(4), delta=1e-9)

    def test_a_moderate_shift(self):
        current = BASELINE + [95] * 25  # 10/125 in each of the first nine bins, 35/125 in the last
        value = psi(BASELINE, current)
        self.assertAlmostEqual(value, 9 * (0.08 - 0.1) * math.log(0.8) + (0.28 - 0.1) * math.log(2.8), delta=1e-9)
        self.assertEqual(psi_label(value), "moderate")

    def test_example_3_edges_are_inclusive_on_the_right(self):
        baseline = list(range(11))  # edges for 5 bins: 2, 4, 6, 8
        current = [2, 2, 4, 4, 6, 6, 8, 8, 9, 10]
        # Right-inclusive bins: baseline 3, 2, 2, 2, 2 of 11; current 2 in every bin.
        expected = (0.2 - 3 / 11) * math.log(0.2 / (3 / 11)) + 4 * (0.2 - 2 / 11) * math.log(0.2 / (2 / 11))
        self.assertAlmostEqual(psi(baseline, current, bins=5), expected, delta=1e-9)
        self.assertAlmostEqual(psi(baseline, current, bins=5), 0.029488, delta=1e-6)

    def test_values_outside_the_baseline_go_to_the_end_bins(self):
        current = [-1e9] * 50 + [1e9] * 50
        expected = 2 * (0.5 - 0.1) * math.log(5) + 8 * (1e-4 - 0.1) * math.log(1e-4 / 0.1)
        self.assertAlmostEqual(psi(BASELINE, current), expected, delta=1e-9)

    def test_repeated_baseline_values_make_empty_bins(self):
        baseline = [0.0] * 50 + [float(i) for i in range(1, 51)]
        self.assertListAlmostEqual(quantile_edges(baseline), [0.0, 0.0, 0.0, 0.0, 0.5, 10.4, 20.3, 30.2, 40.1])
        self.assertEqual(psi(baseline, baseline), 0.0)
        current = [0.0] * 20 + [float(i) for i in range(1, 81)]
        # Bins: 50% zeros, four empty bins, then 10% each; current has 20% zeros and 40% in the last bin.
        self.assertAlmostEqual(psi(baseline, current), (0.2 - 0.5) * math.log(0.4) + (0.4 - 0.1) * math.log(4), delta=1e-9)

    def test_labels_follow_the_rule_of_thumb(self):
        self.assertEqual(psi_label(0.0), "stable")
        self.assertEqual(psi_label(0.0999), "stable")
        self.assertEqual(psi_label(0.1), "moderate")
        self.assertEqual(psi_label(0.18), "moderate")
        self.assertEqual(psi_label(0.25), "moderate")
        self.assertEqual(psi_label(0.2500001), "major")
        self.assertEqual(psi_label(3.0), "major")

    def test_matches_the_recipe_on_random_samples(self):
        rng = mulberry32(12)
        for trial in range(20):
            baseline = [rounded_gauss(rng, 0, 1) for _ in range(1 + math.floor(rng() * 300))]
            mean = -1 + 2 * rng()
            sd = 0.5 + 1.5 * rng()
            current = [rounded_gauss(rng, mean, sd) for _ in range(1 + math.floor(rng() * 300))]
            bins = 2 + math.floor(rng() * 11)
            self.assertAlmostEqual(psi(baseline, current, bins), direct_psi(baseline, current, bins), delta=1e-9, msg=f"trial {trial}")

    def test_invalid_inputs_and_inputs_not_modified(self):
        baseline = [5.0, 1.0, 3.0, 2.0, 4.0]
        current = [2.5, 9.0, 1.0]
        psi(baseline, current, bins=2)
        quantile_edges(baseline, 3)
        self.assertEqual(baseline, [5.0, 1.0, 3.0, 2.0, 4.0])
        self.assertEqual(current, [2.5, 9.0, 1.0])
        with self.assertRaises(ValueError):
            psi([], current)
        with self.assertRaises(ValueError):
            psi(baseline, [])
        with self.assertRaises(ValueError):
            psi(baseline, current, bins=1)
        with self.assertRaises(ValueError):
            quantile_edges([], 4)
        with self.assertRaises(ValueError):
            quantile_edges(baseline, 1)


if __name__ == "__main__":
    unittest.main()
