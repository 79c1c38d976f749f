import copy
import math
import unittest

from solution import mlp_forward, mlp_forward_backward

TOL = 1e-9  # hand-computed values; numerical-gradient comparisons use 1e-6


def lcg(seed):
    """Park-Miller generator: the same uniform sequence in [0, 1) as the TypeScript tests."""
    state = seed
    while True:
        state = state * 48271 % 2147483647
        yield state / 2147483647


def uniform_matrix(gen, rows, cols, scale=1.0):
    return [[scale * (2 * next(gen) - 1) for _ in range(cols)] for _ in range(rows)]


def expected_loss(X, y, W1, b1, W2, b2):
    """The test's own forward pass: mean softmax cross-entropy of relu(X W1 + b1) W2 + b2."""
    total = 0.0
    for x, t in zip(X, y):
        a = [max(0.0, b1[k] + sum(x[j] * W1[j][k] for j in range(len(x)))) for k in range(len(b1))]
        z = [b2[c] + sum(a[k] * W2[k][c] for k in range(len(a))) for c in range(len(b2))]
        m = max(z)
        total += m + math.log(sum(math.exp(v - m) for v in z)) - z[t]
    return total / len(X)


def numerical_gradients(X, y, params, h=1e-5):
    """Central differences of expected_loss with respect to every entry of W1, b1, W2, b2."""
    grads = {}
    for name in ("W1", "b1", "W2", "b2"):
        value = params[name]
        if isinstance(value[0], list):
            grads[name] = [[0.0] * len(row) for row in value]
            cells = [(i, j) for i in range(len(value)) for j in range(len(value[0]))]
        else:
            grads[name] = [0.0] * len(value)
            cells = [(i, None) for i in range(len(value))]
        for i, j in cells:
            results = []
            for delta in (h, -h):
                p = copy.deepcopy(params)
                if j is None:
                    p[name][i] += delta
                else:
                    p[name][i][j] += delta
                results.append(expected_loss(X, y, p["W1"], p["b1"], p["W2"], p["b2"]))
            g = (results[0] - results[1]) / (2 * h)
            if j is None:
                grads[name][i] = g
            else:
                grads[name][i][j] = g
    return grads


def random_net(seed, n, d, hidden, classes):
    gen = lcg(seed)
    X = uniform_matrix(gen, n, d, 2.0)
    y = [int(classes * next(gen)) for _ in range(n)]
    params = {
        "W1": uniform_matrix(gen, d, hidden),
        "b1": uniform_matrix(gen, 1, hidden, 0.5)[0],
        "W2": uniform_matrix(gen, hidden, classes),
        "b2": uniform_matrix(gen, 1, classes, 0.5)[0],
    }
    return X, y, params


class TestMlpBackprop(unittest.TestCase):
    def assertNestedClose(self, actual, expected, tol, name=""):
        if isinstance(expected, list):
            self.assertEqual(len(actual), len(expected), msg=f"{name}: {actual} vs {expected}")
            for i, (a, e) in enumerate(zip(actual, expected)):
                self.assertNestedClose(a, e, tol, f"{name}[{i}]")
        else:
            self.assertAlmostEqual(actual, expected, delta=tol, msg=name)

    def test_example_forward_logits(self):
        logits = mlp_forward([[1, 2]], [[1, -1], [0, 1]], [0, -1], [[1, -1], [2, 0]], [0, 0])
        self.assertNestedClose(logits, [[1, -1]], TOL)
        logits = mlp_forward([[1, 0], [-1, 3]], [[2, 0, -1], [1, 1, 1]], [0.5, -2, 0], [[1], [-1], [2]], [0.25])
        # hidden pre-activations [2.5, -2, -1] and [1.5, 1, 4]
        self.assertNestedClose(logits, [[2.75], [8.75]], TOL)

    def test_example_loss_and_gradients_by_hand(self):
        loss, g = mlp_forward_backward([[1, 2]], [0], [[1, -1], [0, 1]], [0, -1], [[1, -1], [2, 0]], [0, 0])
        q = 1 / (1 + math.exp(2))  # softmax of the logits [1, -1] is [1 - q, q]
        self.assertAlmostEqual(loss, -math.log(1 - q), delta=TOL)
        self.assertAlmostEqual(loss, 0.1269280110429727, delta=TOL)
        self.assertNestedClose(g["b2"], [-q, q], TOL, "b2")
        self.assertNestedClose(g["W2"], [[-q, q], [0, 0]], TOL, "W2")
        self.assertNestedClose(g["b1"], [-2 * q, 0], TOL, "b1")
        self.assertNestedClose(g["W1"], [[-2 * q, 0], [-4 * q, 0]], TOL, "W1")

    def test_relu_derivative_at_zero_is_zero(self):
        # Hidden unit 1 has pre-activation exactly 0 (1 * 1 + 1 * -1 + 0) and unit 2 is negative: both pass no gradient.
        X, y = [[1, 1]], [1]
        W1, b1 = [[1, 1, -1], [1, -1, 0]], [0, 0, -0.5]
        W2, b2 = [[1, 0], [3, -2], [1, 1]], [0, 0]
        loss, g = mlp_forward_backward(X, y, W1, b1, W2, b2)
        self.assertAlmostEqual(loss, expected_loss(X, y, W1, b1, W2, b2), delta=TOL)
        self.assertEqual(g["b1"][1], 0.0, msg="ReLU'(0) is defined as 0")
        self.assertEqual(g["b1"][2], 0.0)
        self.assertEqual([row[1] for row in g["W1"]], [0.0, 0.0])
        self.assertEqual([row[2] for row in g["W1"]], [0.0, 0.0])
        p1 = 1 / (1 + math.exp(2))  # logits [2, 0]: the label's probability
        self.assertAlmostEqual(g["b1"][0], (1 - p1) * 1 + (p1 - 1) * 0, delta=TOL)
        self.assertNestedClose(g["W2"], [[2 * (1 - p1), 2 * (p1 - 1)], [0, 0], [0, 0]], TOL, "W2")

    def test_gradients_match_central_differences(self):
        for seed, shape in ((2024, (5, 3, 4, 3)), (99, (3, 2, 6, 4)), (7, (1, 4, 3, 2))):
            X, y, params = random_net(seed, *shape)
            loss, g = mlp_forward_backward(X, y, params["W1"], params["b1"], params["W2"], params["b2"])
            self.assertAlmostEqual(loss, expected_loss(X, y, **params), delta=TOL)
            numeric = numerical_gradients(X, y, params)
            for name in ("W1", "b1", "W2", "b2"):
                self.assertNestedClose(g[name], numeric[name], 1e-6, f"seed {seed} {name}")

    def test_batch_gradient_is_the_mean_of_example_gradients(self):
        X, y, params = random_net(31, 4, 3, 5, 3)
        loss, g = mlp_forward_backward(X, y, params["W1"], params["b1"], params["W2"], params["b2"])
        singles = [mlp_forward_backward([x], [t], params["W1"], params["b1"], params["W2"], params["b2"]) for x, t in zip(X, y)]
        self.assertAlmostEqual(loss, sum(s[0] for s in singles) / 4, delta=TOL)
        self.assertNestedClose(g["b1"], [sum(s[1]["b1"][k] for s in singles) / 4 for k in range(5)], TOL, "b1")
        self.assertNestedClose(
            g["W2"], [[sum(s[1]["W2"][k][c] for s in singles) / 4 for c in range(3)] for k in range(5)], TOL, "W2"
        )

    def test_large_logits_do_not_overflow(self):
        args = ([[1]], [[1]], [0], [[1000, -1000]], [0, 0])
        loss, g = mlp_forward_backward(args[0], [1], *args[1:])
        self.assertAlmostEqual(loss, 2000.0, delta=1e-9)
        self.assertNestedClose(g["b2"], [1, -1], TOL, "b2")
        self.assertNestedClose(g["W2"], [[1, -1]], TOL, "W2")
        self.assertNestedClose(g["W1"], [[2000]], 1e-7, "W1")
        self.assertNestedClose(g["b1"], [2000], 1e-7, "b1")
        loss, g = mlp_forward_backward(args[0], [0], *args[1:])
        self.assertAlmostEqual(loss, 0.0, delta=TOL)
        self.assertNestedClose(g["W1"], [[0]], TOL, "W1")

    def test_gradient_descent_learns_xor(self):
        X, y = [[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0]
        gen = lcg(4242)
        params = {"W1": uniform_matrix(gen, 2, 8), "b1": [0.1] * 8, "W2": uniform_matrix(gen, 8, 2), "b2": [0.0, 0.0]}
        first = None
        for _ in range(300):
            loss, g = mlp_forward_backward(X, y, params["W1"], params["b1"], params["W2"], params["b2"])
            first = loss if first is None else first
            for name in ("b1", "b2"):
                params[name] = [p - 0.5 * d for p, d in zip(params[name], g[name])]
            for name in ("W1", "W2"):
                params[name] = [[p - 0.5 * d for p, d in zip(row, drow)] for row, drow in zip(params[name], g[name])]
        self.assertLess(loss, 0.05, msg=f"loss went from {first} to {loss}")
        logits = mlp_forward(X, params["W1"], params["b1"], params["W2"], params["b2"])
        self.assertEqual([0 if z[0] > z[1] else 1 for z in logits], y)

    def test_invalid_labels_raise(self):
        args = ([[1, 2]], [[1, -1], [0, 1]], [0, -1], [[1, -1], [2, 0]], [0, 0])
        self.assertAlmostEqual(mlp_forward_backward(args[0], [1], *args[1:])[0], 2 + math.log(1 + math.exp(-2)), delta=TOL)
        with self.assertRaises(ValueError):
            mlp_forward_backward(args[0], [2], *args[1:])
        with self.assertRaises(ValueError):
            mlp_forward_backward(args[0], [-1], *args[1:])
        with self.assertRaises(ValueError):
            mlp_forward_backward(args[0], [0, 1], *args[1:])

    def test_inputs_are_not_modified(self):
        X, y, params = random_net(5, 3, 2, 3, 2)
        saved = copy.deepcopy((X, y, params))
        mlp_forward(X, params["W1"], params["b1"], params["W2"], params["b2"])
        mlp_forward_backward(X, y, params["W1"], params["b1"], params["W2"], params["b2"])
        self.assertEqual((X, y, params), saved)


if __name__ == "__main__":
    unittest.main()
