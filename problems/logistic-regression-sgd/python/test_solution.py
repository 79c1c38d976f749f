import math
import random
import unittest

from solution import LogisticRegression, sigmoid


def grid_dataset():
    """Points on a grid, labelled by the line x1 - x2 + 0.3 = 0, with a margin of 0.2 around it."""
    X, y = [], []
    for i in range(-10, 11):
        for j in range(-10, 11):
            x1, x2 = i / 5, j / 5
            margin = x1 - x2 + 0.3
            if abs(margin) > 0.2:
                X.append([x1, x2])
                y.append(1 if margin > 0 else 0)
    return X, y


class TestSigmoid(unittest.TestCase):
    def test_example_sigmoid_values(self):
        self.assertAlmostEqual(sigmoid(0), 0.5, places=12)
        self.assertAlmostEqual(sigmoid(2), 0.8807970779778823, places=12)
        self.assertAlmostEqual(sigmoid(-2), 1 - 0.8807970779778823, places=12)
        self.assertAlmostEqual(sigmoid(-30), 9.357622968839299e-14, delta=1e-20)

    def test_sigmoid_is_stable_for_large_inputs(self):
        self.assertEqual(sigmoid(1000), 1.0)
        self.assertAlmostEqual(sigmoid(-1000), 0.0, places=12)
        self.assertAlmostEqual(sigmoid(-745.5), 0.0, places=12)
        self.assertEqual(sigmoid(1e308), 1.0)
        self.assertAlmostEqual(sigmoid(-1e308), 0.0, places=12)


class TestLogisticRegression(unittest.TestCase):
    def test_example_one_epoch_exact_weights(self):
        model = LogisticRegression(learning_rate=0.5, epochs=1, l2=0.1)
        self.assertIs(model.fit([[1, 2], [2, 0]], [1, 0]), model, msg="fit returns the model")
        p = 1 / (1 + math.exp(-0.75))
        self.assertEqual(len(model.weights), 2)
        self.assertAlmostEqual(model.weights[0], 0.25 - 0.5 * (2 * p + 0.1 * 0.25), places=9)
        self.assertAlmostEqual(model.weights[1], 0.475, places=9)
        self.assertAlmostEqual(model.bias, 0.25 - 0.5 * p, places=9, msg="the bias is not regularised")

    def test_example_huge_feature_does_not_overflow(self):
        model = LogisticRegression(learning_rate=1.0, epochs=3, l2=0.0).fit([[1000]], [0])
        self.assertAlmostEqual(model.weights[0], -500.0, places=9)
        self.assertAlmostEqual(model.bias, -0.5, places=9)
        self.assertAlmostEqual(model.predict_proba([[1000]])[0], 0.0, places=12)
        self.assertEqual(model.predict([[1000]]), [0])

    def test_two_epochs_repeat_the_pass_in_order(self):
        model = LogisticRegression(learning_rate=0.5, epochs=2, l2=0.0).fit([[1.0], [-1.0]], [1, 0])
        # Hand computed: after epoch 1 w = 0.5 (two steps of 0.25), b = 0;
        # epoch 2: z = 0.5 on x = 1, then z = -w on x = -1.
        w, b = 0.5, 0.0
        for x, label in [(1.0, 1), (-1.0, 0)]:
            g = 1 / (1 + math.exp(-(w * x + b))) - label
            w, b = w - 0.5 * g * x, b - 0.5 * g
        self.assertAlmostEqual(model.weights[0], w, places=9)
        self.assertAlmostEqual(model.bias, b, places=9)

    def test_fitting_again_starts_from_zero(self):
        model = LogisticRegression(learning_rate=0.5, epochs=2, l2=0.1)
        model.fit([[1.0, 2.0, 3.0], [2.0, 0.0, -1.0]], [1, 0])
        self.assertIs(model.fit([[0.5, -1.0], [1.0, 1.0]], [0, 1]), model)
        fresh = LogisticRegression(learning_rate=0.5, epochs=2, l2=0.1).fit([[0.5, -1.0], [1.0, 1.0]], [0, 1])
        self.assertEqual(len(model.weights), 2, msg="the weights follow the new data's width")
        for refit, new in zip(model.weights, fresh.weights):
            self.assertAlmostEqual(refit, new, places=12)
        self.assertAlmostEqual(model.bias, fresh.bias, places=12)

    def test_zero_epochs_keeps_zero_weights(self):
        model = LogisticRegression(learning_rate=0.1, epochs=0).fit([[1.0, 2.0, 3.0]], [1])
        self.assertEqual(model.weights, [0.0, 0.0, 0.0])
        self.assertEqual(model.bias, 0.0)
        self.assertEqual(model.predict_proba([[5.0, -1.0, 2.0]]), [0.5])
        self.assertEqual(model.predict([[5.0, -1.0, 2.0]]), [1], msg="a probability of exactly 0.5 predicts 1")

    def test_learns_a_linearly_separable_set(self):
        X, y = grid_dataset()
        model = LogisticRegression(learning_rate=0.5, epochs=100, l2=0.0).fit(X, y)
        self.assertEqual(model.predict(X), y, msg="every training point should be classified correctly")
        for p, label in zip(model.predict_proba(X), y):
            self.assertTrue(0.0 <= p <= 1.0)
            self.assertEqual(p >= 0.5, label == 1)

    def test_l2_shrinks_the_weights(self):
        X, y = grid_dataset()
        plain = LogisticRegression(learning_rate=0.5, epochs=30, l2=0.0).fit(X, y)
        ridge = LogisticRegression(learning_rate=0.5, epochs=30, l2=0.05).fit(X, y)
        plain_norm = math.sqrt(sum(w * w for w in plain.weights))
        ridge_norm = math.sqrt(sum(w * w for w in ridge.weights))
        self.assertLess(ridge_norm, 0.8 * plain_norm, msg=f"norm with L2 {ridge_norm}, without {plain_norm}")

    def test_inputs_are_not_modified(self):
        X, y = [[1.0, 2.0], [2.0, 0.0]], [1, 0]
        LogisticRegression(learning_rate=0.5, epochs=3, l2=0.1).fit(X, y)
        self.assertEqual(X, [[1.0, 2.0], [2.0, 0.0]])
        self.assertEqual(y, [1, 0])

    def test_large_input_runs_fast(self):
        rng = random.Random(3)
        true_w = [rng.uniform(-1, 1) for _ in range(10)]
        X = [[rng.uniform(-1, 1) for _ in range(10)] for _ in range(5000)]
        y = [1 if sum(w * v for w, v in zip(true_w, x)) > 0 else 0 for x in X]
        model = LogisticRegression(learning_rate=0.1, epochs=5, l2=0.0001).fit(X, y)
        accuracy = sum(1 for p, label in zip(model.predict(X), y) if p == label) / len(y)
        self.assertGreater(accuracy, 0.95)


if __name__ == "__main__":
    unittest.main()
