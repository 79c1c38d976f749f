import math
import random
import unittest

from solution import cross_entropy, log_softmax, softmax

SMALL = [0.09003057317038043, 0.24472847105479764, 0.6652409557748218]


class TestStableSoftmax(unittest.TestCase):
    def assertListAlmostEqual(self, actual, expected, places=6):
        self.assertEqual(len(actual), len(expected))
        for i, (a, e) in enumerate(zip(actual, expected)):
            self.assertAlmostEqual(a, e, places=places, msg=f"index {i}: {actual} vs {expected}")

    def test_example_1_small_logits(self):
        self.assertListAlmostEqual(softmax([1.0, 2.0, 3.0]), SMALL)

    def test_example_1_large_logits_do_not_overflow(self):
        self.assertListAlmostEqual(softmax([1000.0, 1001.0, 1002.0]), SMALL)

    def test_very_negative_logits_do_not_underflow(self):
        self.assertListAlmostEqual(softmax([-1000.0, -1001.0, -1002.0]), SMALL[::-1])
        self.assertListAlmostEqual(log_softmax([-1000.0, -1001.0, -1002.0]), [-0.4076059644443804, -1.4076059644443804, -2.4076059644443806])

    def test_example_2_log_softmax_and_cross_entropy(self):
        self.assertListAlmostEqual(log_softmax([1000.0, 1001.0, 1002.0]), [-2.4076059644443806, -1.4076059644443804, -0.4076059644443804])
        self.assertAlmostEqual(cross_entropy([1000.0, 1001.0, 1002.0], 0), 2.4076059644443806, places=6)
        self.assertAlmostEqual(cross_entropy([1000.0, 1001.0, 1002.0], 2), 0.4076059644443804, places=6)
        self.assertAlmostEqual(cross_entropy([2.0, -1.0, 0.5], 1), 3.241311296657157, places=6)

    def test_example_3_cross_entropy_far_in_the_tail(self):
        self.assertAlmostEqual(cross_entropy([0.0, -1000.0], 1), 1000.0, places=6)
        self.assertListAlmostEqual(log_softmax([1000.0, -1000.0]), [0.0, -2000.0])
        self.assertListAlmostEqual(softmax([1000.0, -1000.0]), [1.0, 0.0])

    def test_the_largest_logit_need_not_come_first(self):
        # Shifting by any logit other than the largest still overflows when the spread is wide.
        self.assertListAlmostEqual(softmax([-1000.0, 0.0, 1000.0]), [0.0, 0.0, 1.0])
        self.assertListAlmostEqual(log_softmax([-500.0, 500.0]), [-1000.0, 0.0])
        self.assertAlmostEqual(cross_entropy([-800.0, 0.0], 0), 800.0, places=6)

    def test_single_logit(self):
        self.assertListAlmostEqual(softmax([5.0]), [1.0])
        self.assertListAlmostEqual(log_softmax([-7.5]), [0.0])
        self.assertAlmostEqual(cross_entropy([123.0], 0), 0.0, places=6)

    def test_equal_logits_give_a_uniform_distribution(self):
        self.assertListAlmostEqual(softmax([3.0] * 4), [0.25] * 4)
        self.assertAlmostEqual(cross_entropy([-50.0] * 10, 7), math.log(10), places=6)

    def test_sums_to_one_shift_invariant_and_consistent(self):
        rng = random.Random(11)
        for _ in range(30):
            logits = [rng.uniform(-30, 30) for _ in range(rng.randint(1, 20))]
            probs = softmax(logits)
            self.assertAlmostEqual(sum(probs), 1.0, places=9)
            self.assertTrue(all(0.0 <= p <= 1.0 for p in probs))
            self.assertListAlmostEqual(softmax([x + 700.0 for x in logits]), probs, places=9)
            self.assertListAlmostEqual([math.exp(v) for v in log_softmax(logits)], probs, places=9)
            t = rng.randrange(len(logits))
            self.assertAlmostEqual(cross_entropy(logits, t), -log_softmax(logits)[t], places=9)

    def test_invalid_inputs_raise(self):
        self.assertAlmostEqual(cross_entropy([1.0, 1.0], 1), math.log(2), places=6)
        with self.assertRaises(ValueError):
            softmax([])
        with self.assertRaises(ValueError):
            log_softmax([])
        with self.assertRaises(ValueError):
            cross_entropy([], 0)
        with self.assertRaises(ValueError):
            cross_entropy([1.0, 2.0, 3.0], 3)
        with self.assertRaises(ValueError):
            cross_entropy([1.0, 2.0, 3.0], -1)

    def test_input_is_not_modified(self):
        logits = [3.0, 1.0, 2.0]
        softmax(logits)
        log_softmax(logits)
        cross_entropy(logits, 0)
        self.assertEqual(logits, [3.0, 1.0, 2.0])

    def test_large_input_runs_fast(self):
        rng = random.Random(5)
        logits = [rng.uniform(-500, 500) for _ in range(200_000)]
        logits[123] = 900.0
        probs = softmax(logits)
        self.assertAlmostEqual(sum(probs), 1.0, places=9)
        self.assertAlmostEqual(cross_entropy(logits, 123), 0.0, places=6)
        self.assertGreater(cross_entropy(logits, 0), 0.0)


if __name__ == "__main__":
    unittest.main()
