import math
import unittest

from solution import difference_confidence_interval, normal_cdf, normal_inverse_cdf, two_proportion_z_test

# Expected values were computed independently with 40-digit arithmetic (mpmath).


class TestZTest(unittest.TestCase):
    def assertRelativelyClose(self, actual, expected, relative=1e-6):
        self.assertLessEqual(abs(actual - expected), relative * abs(expected), msg=f"expected {expected}, got {actual}")

    def test_example_1_significant_lift(self):
        z, p = two_proportion_z_test(200, 1000, 250, 1000)
        self.assertAlmostEqual(z, 2.6773977630083295, places=9)
        self.assertAlmostEqual(p, 0.0074196492610256749, places=9)

    def test_example_2_small_lift_is_not_significant(self):
        z, p = two_proportion_z_test(120, 2400, 150, 2500)
        self.assertAlmostEqual(z, 1.5335618197684748, places=9)
        self.assertAlmostEqual(p, 0.12513748721580635, places=9)

    def test_swapping_the_groups_flips_the_sign_only(self):
        for a, na, b, nb in [(200, 1000, 250, 1000), (120, 2400, 150, 2500), (1, 20, 0, 30)]:
            z, p = two_proportion_z_test(a, na, b, nb)
            z_swapped, p_swapped = two_proportion_z_test(b, nb, a, na)
            self.assertAlmostEqual(z_swapped, -z, places=12)
            self.assertAlmostEqual(p_swapped, p, places=12)
        z, p = two_proportion_z_test(1, 20, 0, 30)
        self.assertAlmostEqual(z, -1.2371791482634838, places=9, msg="B converting worse gives a negative z")
        self.assertAlmostEqual(p, 0.21602058095545888, places=9)

    def test_equal_rates_give_z_zero_and_p_one(self):
        z, p = two_proportion_z_test(50, 1000, 50, 1000)
        self.assertAlmostEqual(z, 0.0, places=12)
        self.assertAlmostEqual(p, 1.0, places=12)

    def test_tiny_p_value_keeps_its_precision(self):
        z, p = two_proportion_z_test(10, 10000, 40, 10000)
        self.assertAlmostEqual(z, 4.2479539524287322, places=9)
        self.assertRelativelyClose(p, 2.1573172081187281e-5)

    def test_p_value_far_in_the_tail_keeps_its_precision(self):
        # Past |z| of about 8.3, Phi(|z|) rounds to 1 in double precision, so 2 * (1 - Phi(|z|)) gives 0.
        z, p = two_proportion_z_test(120, 10000, 300, 10000)
        self.assertAlmostEqual(z, 8.8768016136159384, places=9)
        self.assertRelativelyClose(p, 6.8810372162849737e-19)
        z, p = two_proportion_z_test(300, 10000, 100, 10000)
        self.assertAlmostEqual(z, -10.101525445522107, places=9)
        self.assertRelativelyClose(p, 5.4389471780888612e-24)

    def test_zero_variance_raises(self):
        with self.assertRaises(ValueError):
            two_proportion_z_test(0, 100, 0, 200)  # nobody converts
        with self.assertRaises(ValueError):
            two_proportion_z_test(100, 100, 50, 50)  # everybody converts
        with self.assertRaises(ValueError):
            difference_confidence_interval(0, 100, 0, 200)
        with self.assertRaises(ValueError):
            difference_confidence_interval(100, 100, 0, 50)  # both rates at the boundary: SE = 0
        # ...while nearby valid inputs do not.
        self.assertTrue(math.isfinite(two_proportion_z_test(1, 100, 0, 200)[0]))
        self.assertTrue(math.isfinite(difference_confidence_interval(99, 100, 0, 50)[0]))

    def test_invalid_arguments_raise(self):
        for args in [(11, 10, 5, 10), (-1, 10, 5, 10), (5, 10, 5, 0), (0, 0, 0, 0)]:
            with self.assertRaises(ValueError, msg=f"{args}"):
                two_proportion_z_test(*args)
        for confidence in [0.0, 1.0, 1.5, -0.2]:
            with self.assertRaises(ValueError, msg=f"confidence {confidence}"):
                difference_confidence_interval(200, 1000, 250, 1000, confidence)
        self.assertTrue(math.isfinite(difference_confidence_interval(200, 1000, 250, 1000, 0.8)[1]))

    def test_confidence_interval_examples(self):
        lower, upper = difference_confidence_interval(200, 1000, 250, 1000)
        self.assertAlmostEqual(lower, 0.013463621687539852, places=9)
        self.assertAlmostEqual(upper, 0.086536378312460148, places=9)
        lower99, upper99 = difference_confidence_interval(200, 1000, 250, 1000, 0.99)
        self.assertAlmostEqual(lower99, 0.0019830595637865353, places=9)
        self.assertAlmostEqual(upper99, 0.098016940436213465, places=9)
        self.assertAlmostEqual((lower99 + upper99) / 2, 0.05, places=12, msg="centred on p_b - p_a")

    def test_confidence_interval_agrees_with_the_test(self):
        lower, upper = difference_confidence_interval(120, 2400, 150, 2500, 0.95)
        self.assertAlmostEqual(lower, -0.0027550846131166059, places=9)
        self.assertAlmostEqual(upper, 0.022755084613116606, places=9)
        self.assertTrue(lower < 0 < upper, msg="p = 0.125: the 95% interval contains 0")
        lower90, upper90 = difference_confidence_interval(120, 2400, 150, 2500, 0.9)
        self.assertAlmostEqual(lower90, -0.0007044044449016864, places=9)
        self.assertAlmostEqual(upper90, 0.020704404444901686, places=9)


class TestNormalDistribution(unittest.TestCase):
    def test_normal_cdf_known_values(self):
        for x, expected in [
            (0.0, 0.5), (1.0, 0.84134474606854295), (-1.0, 0.15865525393145705),
            (1.96, 0.97500210485177956), (-1.96, 0.024997895148220436), (0.3, 0.61791142218895263),
            (-0.7, 0.24196365222307303), (1.5, 0.93319279873114193), (2.5, 0.99379033467422386),
            (3.3, 0.99951657585761622), (6.0, 0.99999999901341235),
        ]:
            self.assertAlmostEqual(normal_cdf(x), expected, places=9, msg=f"normal_cdf({x})")

    def test_normal_cdf_lower_tail_relative_accuracy(self):
        for x, expected in [(-5.0, 2.8665157187919391e-7), (-8.0, 6.2209605742717841e-16), (-10.0, 7.6198530241605261e-24)]:
            actual = normal_cdf(x)
            self.assertLessEqual(abs(actual - expected), 1e-6 * expected, msg=f"normal_cdf({x}) = {actual}, expected {expected}")

    def test_normal_inverse_cdf_known_values_and_round_trip(self):
        for p, expected in [
            (0.5, 0.0), (0.975, 1.9599639845400539), (0.995, 2.5758293035489005), (0.9, 1.2815515655446006),
            (0.05, -1.6448536269514727), (0.02, -2.053748910631823), (0.3, -0.52440051270804082),
            (1e-6, -4.753424308822899), (1e-10, -6.3613409024040562),
        ]:
            self.assertAlmostEqual(normal_inverse_cdf(p), expected, places=8, msg=f"normal_inverse_cdf({p})")
        for i in range(10_000):
            p = (i + 0.5) / 10_000
            self.assertAlmostEqual(normal_cdf(normal_inverse_cdf(p)), p, places=9, msg=f"round trip at p = {p}")
        for p in [0.0, 1.0, -0.1, 1.1]:
            with self.assertRaises(ValueError, msg=f"p = {p}"):
                normal_inverse_cdf(p)


if __name__ == "__main__":
    unittest.main()
