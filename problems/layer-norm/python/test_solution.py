import copy
import math
import unittest

from solution import layer_norm_backward, layer_norm_forward

TOL = 1e-9  # forward values and exact identities; numerical-gradient comparisons use 1e-6


def lcg(seed):
    """Park-Miller generator: the same uniform sequence in [0, 1) as the TypeScript tests."""
    state = seed
    while True:
        state = state * 48271 % 2147483647
        yield state / 2147483647


def uniform_matrix(gen, rows, cols, low, high):
    return [[low + (high - low) * next(gen) for _ in range(cols)] for _ in range(rows)]


def expected_forward(x, gamma, beta, eps):
    """The test's own layer norm: per row, biased variance, eps inside the square root."""
    out = []
    for row in x:
        mu = sum(row) / len(row)
        sigma = math.sqrt(sum((v - mu) ** 2 for v in row) / len(row) + eps)
        out.append([g * (v - mu) / sigma + b for v, g, b in zip(row, gamma, beta)])
    return out


def weighted_sum(dy, y):
    """L = sum of dy * y, so dL/dy = dy."""
    return sum(a * b for dy_row, y_row in zip(dy, y) for a, b in zip(dy_row, y_row))


def numerical_gradients(dy, x, gamma, beta, eps, h=1e-5):
    loss = lambda x_, g_, b_: weighted_sum(dy, expected_forward(x_, g_, b_, eps))
    dx = [[0.0] * len(row) for row in x]
    for i in range(len(x)):
        for j in range(len(x[0])):
            plus, minus = copy.deepcopy(x), copy.deepcopy(x)
            plus[i][j] += h
            minus[i][j] -= h
            dx[i][j] = (loss(plus, gamma, beta) - loss(minus, gamma, beta)) / (2 * h)
    dgamma, dbeta = [], []
    for j in range(len(gamma)):
        gp, gm = list(gamma), list(gamma)
        gp[j] += h
        gm[j] -= h
        dgamma.append((loss(x, gp, beta) - loss(x, gm, beta)) / (2 * h))
        bp, bm = list(beta), list(beta)
        bp[j] += h
        bm[j] -= h
        dbeta.append((loss(x, gamma, bp) - loss(x, gamma, bm)) / (2 * h))
    return dx, dgamma, dbeta


class TestLayerNorm(unittest.TestCase):
    def assertNestedClose(self, actual, expected, tol, name=""):
        if isinstance(expected, (list, tuple)):
            self.assertEqual(len(actual), len(expected), msg=f"{name}: {actual} vs {expected}")
            for i, (a, e) in enumerate(zip(actual, expected)):
                self.assertNestedClose(a, e, tol, f"{name}[{i}]")
        else:
            self.assertAlmostEqual(actual, expected, delta=tol, msg=name)

    def test_example_one_row(self):
        s = math.sqrt(2 / 3 + 1e-5)
        out = layer_norm_forward([[1, 2, 3]], [1, 1, 1], [0, 0, 0])
        self.assertNestedClose(out, [[-1 / s, 0, 1 / s]], TOL)
        self.assertNestedClose(out, [[-1.2247356859083902, 0, 1.2247356859083902]], TOL)

    def test_gamma_and_beta_are_per_feature(self):
        out = layer_norm_forward([[1, 2, 3], [10, 0, -10]], [2, 1, 0.5], [0, 1, -1])
        self.assertNestedClose(out, expected_forward([[1, 2, 3], [10, 0, -10]], [2, 1, 0.5], [0, 1, -1], 1e-5), TOL)
        s1, s2 = math.sqrt(2 / 3 + 1e-5), math.sqrt(200 / 3 + 1e-5)
        self.assertNestedClose(out, [[-2 / s1, 1, 0.5 / s1 - 1], [20 / s2, 1, -5 / s2 - 1]], TOL)

    def test_eps_goes_inside_the_square_root(self):
        # Variance 1 and eps 1: divide by sqrt(2), not by 1 + 1.
        self.assertNestedClose(layer_norm_forward([[0, 2]], [1, 1], [0, 0], eps=1.0), [[-1 / math.sqrt(2), 1 / math.sqrt(2)]], TOL)
        # Variance 2.5e-7, smaller than eps = 1e-5: eps dominates and the output stays small.
        expected = 0.0005 / math.sqrt(2.5e-7 + 1e-5)
        self.assertNestedClose(layer_norm_forward([[1, 1.001]], [1, 1], [0, 0]), [[-expected, expected]], 1e-7)

    def test_variance_is_biased(self):
        # Variance over 4 values is 5/4 (divide by d), not 5/3 (divide by d - 1).
        s = math.sqrt(1.25 + 0.01)
        out = layer_norm_forward([[1, 2, 3, 4]], [1, 1, 1, 1], [0, 0, 0, 0], eps=0.01)
        self.assertNestedClose(out, [[-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s]], TOL)

    def test_each_row_is_normalised_on_its_own(self):
        x = [[1, 2, 3, 4], [100, 300, 200, 400], [-5, 5, -5, 5]]
        out = layer_norm_forward(x, [1] * 4, [0] * 4, eps=1e-12)
        for row in out:
            self.assertAlmostEqual(sum(row) / 4, 0.0, delta=TOL)
            self.assertAlmostEqual(sum(v * v for v in row) / 4, 1.0, delta=1e-9)
        self.assertNestedClose(out[2], [-1, 1, -1, 1], TOL)
        self.assertNestedClose(out[1], out[0][:1] + [out[0][2], out[0][1]] + out[0][3:], 1e-9)

    def test_constant_rows_and_a_single_feature(self):
        out = layer_norm_forward([[7, 7, 7]], [3, 3, 3], [0.5, -1, 2])
        self.assertNestedClose(out, [[0.5, -1, 2]], TOL)
        dy = [[1.0, -2.0, 4.0]]
        dx, dgamma, dbeta = layer_norm_backward(dy, [[7, 7, 7]], [3, 3, 3])
        # x_hat = 0 on a constant row, so only the mean path is left: dx = (g - mean(g)) / sqrt(eps), g = 3 dy.
        self.assertNestedClose(dx, [[3 * (v - 1) / math.sqrt(1e-5) for v in dy[0]]], 1e-7)
        self.assertNestedClose(dgamma, [0, 0, 0], TOL)
        self.assertNestedClose(dbeta, dy[0], TOL)
        self.assertNestedClose(layer_norm_forward([[5], [-3]], [2], [0.25]), [[0.25], [0.25]], TOL)
        dx, dgamma, dbeta = layer_norm_backward([[1.5], [2]], [[5], [-3]], [2])
        self.assertNestedClose((dx, dgamma, dbeta), ([[0], [0]], [0], [3.5]), TOL)

    def test_backward_by_hand(self):
        # One row [1, 2, 3], gamma 1, dy picks out the first output.
        s = math.sqrt(2 / 3 + 1e-5)
        x_hat = [-1 / s, 0, 1 / s]
        dx, dgamma, dbeta = layer_norm_backward([[1, 0, 0]], [[1, 2, 3]], [1, 1, 1])
        mean_gx = x_hat[0] / 3
        self.assertNestedClose(dx, [[(1 - 1 / 3 - x_hat[j] * mean_gx) / s if j == 0 else (-1 / 3 - x_hat[j] * mean_gx) / s for j in range(3)]], TOL)
        self.assertNestedClose(dgamma, [x_hat[0], 0, 0], TOL)
        self.assertNestedClose(dbeta, [1, 0, 0], TOL)

    def test_gradients_match_central_differences(self):
        gen = lcg(9001)
        for n, d, eps in ((3, 5, 1e-5), (2, 4, 0.5), (4, 2, 1e-3)):
            x = uniform_matrix(gen, n, d, -3, 3)
            gamma = uniform_matrix(gen, 1, d, 0.5, 2)[0]
            beta = uniform_matrix(gen, 1, d, -1, 1)[0]
            dy = uniform_matrix(gen, n, d, -1, 1)
            self.assertNestedClose(layer_norm_forward(x, gamma, beta, eps), expected_forward(x, gamma, beta, eps), TOL)
            numeric = numerical_gradients(dy, x, gamma, beta, eps)
            dx, dgamma, dbeta = layer_norm_backward(dy, x, gamma, eps)
            self.assertNestedClose(dx, numeric[0], 1e-6, f"dx (n={n}, d={d}, eps={eps})")
            self.assertNestedClose(dgamma, numeric[1], 1e-6, "dgamma")
            self.assertNestedClose(dbeta, numeric[2], 1e-6, "dbeta")
            for row in dx:  # shifting a whole row does not change its output, so each row of dx sums to 0
                self.assertAlmostEqual(sum(row), 0.0, delta=1e-9)

    def test_invalid_inputs_raise(self):
        self.assertNestedClose(layer_norm_forward([[1, 3]], [1, 1], [0, 0], eps=1.0), [[-1 / math.sqrt(2), 1 / math.sqrt(2)]], TOL)
        with self.assertRaises(ValueError):
            layer_norm_forward([[1, 2, 3]], [1, 1], [0, 0])  # gamma is shorter than a row
        with self.assertRaises(ValueError):
            layer_norm_forward([[1, 2], [3]], [1, 1], [0, 0])  # ragged rows
        with self.assertRaises(ValueError):
            layer_norm_forward([[1, 2]], [1, 1], [0, 0], eps=0.0)
        with self.assertRaises(ValueError):
            layer_norm_backward([[1, 2]], [[1, 2], [3, 4]], [1, 1])  # dy has fewer rows than x

    def test_inputs_are_not_modified(self):
        x, gamma, beta, dy = [[1.0, 5.0, 2.0], [0.0, -1.0, 4.0]], [1.0, 2.0, 0.5], [0.0, 0.1, 0.2], [[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]]
        saved = copy.deepcopy((x, gamma, beta, dy))
        layer_norm_forward(x, gamma, beta)
        layer_norm_backward(dy, x, gamma)
        self.assertEqual((x, gamma, beta, dy), saved)


if __name__ == "__main__":
    unittest.main()
