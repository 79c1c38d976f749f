import copy
import math
import unittest

from solution import adamw_run, adamw_step

TOL = 1e-9  # every float is compared with an absolute tolerance of 1e-9 unless stated


def expected_steps(params, grad_fn, steps, lr, beta1, beta2, eps, weight_decay):
    """The test's own AdamW loop, written out from the formulas in the statement."""
    p, m, v = list(params), [0.0] * len(params), [0.0] * len(params)
    for t in range(1, steps + 1):
        g = grad_fn(p)
        m = [beta1 * a + (1 - beta1) * b for a, b in zip(m, g)]
        v = [beta2 * a + (1 - beta2) * b * b for a, b in zip(v, g)]
        m_hat = [a / (1 - beta1 ** t) for a in m]
        v_hat = [a / (1 - beta2 ** t) for a in v]
        p = [x - lr * mh / (math.sqrt(vh) + eps) - lr * weight_decay * x for x, mh, vh in zip(p, m_hat, v_hat)]
    return p


class TestAdamWStep(unittest.TestCase):
    def assertListClose(self, actual, expected, tol=TOL, name=""):
        self.assertEqual(len(actual), len(expected), msg=f"{name}: {actual} vs {expected}")
        for i, (a, e) in enumerate(zip(actual, expected)):
            self.assertAlmostEqual(a, e, delta=tol, msg=f"{name}[{i}]: {actual} vs {expected}")

    def test_example_first_step_moves_by_about_lr(self):
        # At t = 1 the bias-corrected m_hat is g and v_hat is g^2, so each parameter moves by lr * g / (|g| + eps).
        params, grads = [1.0, -2.0, 0.5], [0.1, -3.0, 1e-3]
        p, m, v = adamw_step(params, grads, [0.0] * 3, [0.0] * 3, 1, lr=0.1, weight_decay=0.0)
        self.assertListClose(p, [x - 0.1 * g / (abs(g) + 1e-8) for x, g in zip(params, grads)])
        self.assertListClose(p, [0.9, -1.9, 0.4], tol=2e-6)
        self.assertListClose(m, [0.01, -0.3, 1e-4], tol=1e-12)
        self.assertListClose(v, [1e-5, 9e-3, 1e-9], tol=1e-15)

    def test_example_two_steps_by_hand(self):
        p, m, v = adamw_step([1.0], [0.5], [0.0], [0.0], 1, lr=0.1, weight_decay=0.1)
        self.assertListClose(p, [1.0 - 0.1 * 0.5 / (0.5 + 1e-8) - 0.01])
        self.assertListClose(m, [0.05])
        self.assertListClose(v, [0.00025])
        p, m, v = adamw_step(p, [-0.25], m, v, 2, lr=0.1, weight_decay=0.1)
        m_hat, v_hat = 0.02 / (1 - 0.9 ** 2), 0.00031225 / (1 - 0.999 ** 2)
        self.assertListClose(m, [0.02])
        self.assertListClose(v, [0.00031225])
        self.assertListClose(p, [0.890000002 - 0.1 * m_hat / (math.sqrt(v_hat) + 1e-8) - 0.1 * 0.1 * 0.890000002])
        self.assertListClose(p, [0.8544662986878463])

    def test_weight_decay_alone_shrinks_by_lr_times_lambda(self):
        # A zero gradient leaves m and v at 0: only the decoupled decay moves the parameters.
        p, m, v = adamw_step([2.0, -4.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], 1, lr=0.1, weight_decay=0.5)
        self.assertListClose(p, [1.9, -3.8])
        self.assertListClose(m, [0.0, 0.0])
        self.assertListClose(v, [0.0, 0.0])
        p, _, _ = adamw_step([1.0], [0.0], [0.0], [0.0], 7, lr=0.01, weight_decay=0.1)
        self.assertListClose(p, [0.999], name="the decay is lr * weight_decay * p, not weight_decay * p")

    def test_decay_is_not_divided_by_the_adaptive_denominator(self):
        # Same parameter value, gradients of very different size: the Adam part is about lr for both,
        # and the decay is lr * weight_decay * p for both - it must not grow where the gradient is tiny.
        p, _, _ = adamw_step([3.0, 3.0], [1e-4, 100.0], [0.0, 0.0], [0.0, 0.0], 1, lr=0.1, weight_decay=0.5)
        self.assertListClose(p, [3.0 - 0.1 * 1e-4 / (1e-4 + 1e-8) - 0.15, 3.0 - 0.1 * 100 / (100 + 1e-8) - 0.15])
        # Adam with L2 would add 0.5 * 3 to the gradient and normalise it away: both would move by only about lr.
        self.assertLess(p[0], 2.8)

    def test_bias_correction_uses_the_step_number(self):
        m, v = [0.3, -0.2], [0.04, 0.01]
        p, new_m, new_v = adamw_step([0.0, 1.0], [0.5, 0.1], m, v, 10, lr=0.01, weight_decay=0.0)
        self.assertListClose(new_m, [0.9 * 0.3 + 0.1 * 0.5, 0.9 * -0.2 + 0.1 * 0.1])
        self.assertListClose(new_v, [0.999 * 0.04 + 0.001 * 0.25, 0.999 * 0.01 + 0.001 * 0.01])
        expected = []
        for x, mi, vi in zip([0.0, 1.0], new_m, new_v):
            expected.append(x - 0.01 * (mi / (1 - 0.9 ** 10)) / (math.sqrt(vi / (1 - 0.999 ** 10)) + 1e-8))
        self.assertListClose(p, expected)

    def test_eps_is_added_after_the_square_root(self):
        # g = 1e-8: m_hat = 1e-8 and sqrt(v_hat) = 1e-8, so the step is lr * 1e-8 / (1e-8 + 1e-8) = lr / 2.
        p, _, _ = adamw_step([0.0], [1e-8], [0.0], [0.0], 1, lr=0.1, weight_decay=0.0)
        self.assertListClose(p, [-0.05])
        p, _, _ = adamw_step([0.0], [3.0], [0.0], [0.0], 1, lr=0.1, eps=1.0, weight_decay=0.0)
        self.assertListClose(p, [-0.075])

    def test_run_counts_steps_from_one(self):
        calls = []

        def grad_fn(p):
            calls.append(list(p))
            return [2 * p[0] - 1, math.sin(p[1]), p[0] * p[1]]

        kwargs = dict(lr=0.05, beta1=0.8, beta2=0.99, eps=1e-8, weight_decay=0.2)
        result = adamw_run([1.0, -0.5, 2.0], grad_fn, 3, **kwargs)
        self.assertEqual(len(calls), 3, msg="one gradient evaluation per step")
        self.assertListClose(result, expected_steps([1.0, -0.5, 2.0], lambda p: [2 * p[0] - 1, math.sin(p[1]), p[0] * p[1]], 3, **kwargs))
        self.assertListClose(calls[0], [1.0, -0.5, 2.0])
        self.assertListClose(calls[2], expected_steps([1.0, -0.5, 2.0], lambda p: [2 * p[0] - 1, math.sin(p[1]), p[0] * p[1]], 2, **kwargs))
        self.assertEqual(adamw_run([1.0, 2.0], lambda p: [1.0, 1.0], 0), [1.0, 2.0])

    def test_run_minimises_a_quadratic(self):
        c = [3.0, -1.0, 0.5]
        grad = lambda p: [2 * (a - b) for a, b in zip(p, c)]
        self.assertListClose(adamw_run([0.0, 0.0, 0.0], grad, 2000, lr=0.05, weight_decay=0.0), c, tol=1e-6)
        # With weight decay the result is pulled towards 0 and matches the formulas step for step.
        decayed = adamw_run([0.0, 0.0, 0.0], grad, 200, lr=0.05, weight_decay=0.1)
        self.assertListClose(decayed, expected_steps([0.0, 0.0, 0.0], grad, 200, 0.05, 0.9, 0.999, 1e-8, 0.1), tol=1e-9)

    def test_invalid_inputs_raise(self):
        self.assertListClose(adamw_step([1.0], [0.0], [0.0], [0.0], 1, lr=0.5, weight_decay=0.2)[0], [0.9])
        with self.assertRaises(ValueError):
            adamw_step([1.0], [0.5], [0.0], [0.0], 0)  # steps are counted from 1
        with self.assertRaises(ValueError):
            adamw_step([1.0, 2.0], [0.5], [0.0, 0.0], [0.0, 0.0], 1)
        with self.assertRaises(ValueError):
            adamw_run([1.0], lambda p: [0.0], -1)

    def test_inputs_are_not_modified(self):
        params, grads, m, v = [1.0, -1.0], [0.5, 0.25], [0.1, 0.0], [0.01, 0.02]
        saved = copy.deepcopy((params, grads, m, v))
        adamw_step(params, grads, m, v, 4, lr=0.1)
        adamw_run(params, lambda p: [1.0, -1.0], 5, lr=0.1)
        self.assertEqual((params, grads, m, v), saved)


if __name__ == "__main__":
    unittest.main()
