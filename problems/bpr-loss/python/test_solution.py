import copy
import math
import unittest

from solution import bpr_sgd_epoch, bpr_triple, log_sigmoid

TOL = 1e-9  # hand-computed values; numerical-gradient comparisons use 1e-6


def lcg(seed):
    """Park-Miller generator: the same uniform sequence in [0, 1) as the TypeScript tests."""
    state = seed
    while True:
        state = state * 48271 % 2147483647
        yield state / 2147483647


def uniform_matrix(gen, rows, cols, scale=1.0):
    return [[scale * (2 * next(gen) - 1) for _ in range(cols)] for _ in range(rows)]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def expected_loss(p_u, q_i, q_j, reg):
    """The test's own BPR loss: softplus(-margin) plus (reg / 2) times the three squared norms."""
    margin = dot(p_u, q_i) - dot(p_u, q_j)
    softplus = max(-margin, 0.0) + math.log1p(math.exp(-abs(margin)))  # ln(1 + e^(-margin))
    return softplus + 0.5 * reg * (dot(p_u, p_u) + dot(q_i, q_i) + dot(q_j, q_j))


def numerical_gradient(f, vector, h=1e-5):
    grad = []
    for k in range(len(vector)):
        plus, minus = list(vector), list(vector)
        plus[k] += h
        minus[k] -= h
        grad.append((f(plus) - f(minus)) / (2 * h))
    return grad


def preference_data():
    """4 users, 6 items: user u likes items u and u + 1; triples (u, liked, every other item) in order."""
    triples = []
    for u in range(4):
        liked = {u, u + 1}
        for i in sorted(liked):
            for j in range(6):
                if j not in liked:
                    triples.append((u, i, j))
    gen = lcg(777)
    return triples, uniform_matrix(gen, 4, 3, 0.1), uniform_matrix(gen, 6, 3, 0.1)


class TestBprLoss(unittest.TestCase):
    def assertListClose(self, actual, expected, tol=TOL, name=""):
        self.assertEqual(len(actual), len(expected), msg=f"{name}: {actual} vs {expected}")
        for k, (a, e) in enumerate(zip(actual, expected)):
            self.assertAlmostEqual(a, e, delta=tol, msg=f"{name}[{k}]: {actual} vs {expected}")

    def test_log_sigmoid_values(self):
        self.assertAlmostEqual(log_sigmoid(0), -math.log(2), delta=TOL)
        self.assertAlmostEqual(log_sigmoid(2), -math.log(1 + math.exp(-2)), delta=TOL)
        self.assertAlmostEqual(log_sigmoid(-2), -2 - math.log(1 + math.exp(-2)), delta=TOL)
        self.assertAlmostEqual(log_sigmoid(-40), -40.0, delta=TOL)
        self.assertAlmostEqual(log_sigmoid(40), 0.0, delta=TOL)

    def test_log_sigmoid_is_stable_for_large_margins(self):
        self.assertAlmostEqual(log_sigmoid(-1000), -1000.0, delta=TOL)
        self.assertAlmostEqual(log_sigmoid(-745.5), -745.5, delta=TOL)
        self.assertAlmostEqual(log_sigmoid(1000), 0.0, delta=TOL)
        self.assertAlmostEqual(log_sigmoid(-1e6), -1e6, delta=1e-6)

    def test_example_triple_by_hand(self):
        # Scores 2 and 1, margin 1: loss ln(1 + e^-1); s = sigmoid(-1) = 1 - sigmoid(1).
        loss, g_u, g_i, g_j = bpr_triple([1, 0], [2, 1], [1, 3], 0.0)
        s = 1 / (1 + math.e)
        self.assertAlmostEqual(loss, math.log(1 + math.exp(-1)), delta=TOL)
        self.assertAlmostEqual(loss, 0.31326168751822286, delta=TOL)
        self.assertListClose(g_u, [-s * 1, -s * -2], name="grad_u")  # -s * (q_i - q_j)
        self.assertListClose(g_i, [-s, 0], name="grad_i")  # -s * p_u
        self.assertListClose(g_j, [s, 0], name="grad_j")  # +s * p_u

    def test_l2_term_is_half_reg_times_squared_norms(self):
        loss, g_u, g_i, g_j = bpr_triple([1, 0], [2, 1], [1, 3], 0.1)
        s = 1 / (1 + math.e)
        self.assertAlmostEqual(loss, math.log(1 + math.exp(-1)) + 0.05 * (1 + 5 + 10), delta=TOL)
        self.assertListClose(g_u, [-s + 0.1, 2 * s], name="grad_u")
        self.assertListClose(g_i, [-s + 0.2, 0.1], name="grad_i")
        self.assertListClose(g_j, [s + 0.1, 0.3], name="grad_j")

    def test_gradients_match_central_differences(self):
        gen = lcg(31337)
        for scale, reg in ((0.5, 0.0), (1.0, 0.05), (3.0, 0.2)):  # margins up to about +-30 for the last
            p_u, q_i, q_j = uniform_matrix(gen, 3, 4, scale)
            loss, g_u, g_i, g_j = bpr_triple(p_u, q_i, q_j, reg)
            self.assertAlmostEqual(loss, expected_loss(p_u, q_i, q_j, reg), delta=TOL)
            self.assertListClose(g_u, numerical_gradient(lambda v: expected_loss(v, q_i, q_j, reg), p_u), 1e-6, "grad_u")
            self.assertListClose(g_i, numerical_gradient(lambda v: expected_loss(p_u, v, q_j, reg), q_i), 1e-6, "grad_i")
            self.assertListClose(g_j, numerical_gradient(lambda v: expected_loss(p_u, q_i, v, reg), q_j), 1e-6, "grad_j")

    def test_huge_margins_give_finite_loss_and_gradients(self):
        # Margin -1000: the loss is about 1000 and the gradient is the full -(q_i - q_j), not nan.
        loss, g_u, g_i, g_j = bpr_triple([10, 0], [-50, 0], [50, 0], 0.0)
        self.assertAlmostEqual(loss, 1000.0, delta=TOL)
        self.assertListClose(g_u, [100, 0], name="grad_u")
        self.assertListClose(g_i, [-10, 0], name="grad_i")
        self.assertListClose(g_j, [10, 0], name="grad_j")
        # Margin +1000: nothing left to learn.
        loss, g_u, g_i, g_j = bpr_triple([10, 0], [50, 0], [-50, 0], 0.0)
        self.assertAlmostEqual(loss, 0.0, delta=TOL)
        self.assertListClose(g_u + g_i + g_j, [0.0] * 6, name="gradients")

    def test_epoch_updates_all_three_vectors_from_the_old_values(self):
        P, Q, mean_loss = bpr_sgd_epoch([[1, 0]], [[2, 1], [1, 3]], [(0, 0, 1)], 0.5, 0.1)
        _, g_u, g_i, g_j = bpr_triple([1, 0], [2, 1], [1, 3], 0.1)
        self.assertListClose(P[0], [1 - 0.5 * g_u[0], 0 - 0.5 * g_u[1]], name="P[0]")
        self.assertListClose(Q[0], [2 - 0.5 * g_i[0], 1 - 0.5 * g_i[1]], name="Q[0]")
        self.assertListClose(Q[1], [1 - 0.5 * g_j[0], 3 - 0.5 * g_j[1]], name="Q[1]")
        self.assertAlmostEqual(mean_loss, 1.1132616875182229, delta=TOL)
        # A second triple for the same user starts from the user's updated vector.
        P2, Q2, mean2 = bpr_sgd_epoch([[1, 0]], [[2, 1], [1, 3], [0, 1]], [(0, 0, 1), (0, 0, 2)], 0.5, 0.1)
        loss2, h_u, h_i, h_j = bpr_triple(P[0], Q[0], [0, 1], 0.1)
        self.assertListClose(P2[0], [x - 0.5 * g for x, g in zip(P[0], h_u)], name="P2[0]")
        self.assertListClose(Q2[0], [x - 0.5 * g for x, g in zip(Q[0], h_i)], name="Q2[0]")
        self.assertListClose(Q2[2], [x - 0.5 * g for x, g in zip([0, 1], h_j)], name="Q2[2]")
        self.assertListClose(Q2[1], Q[1], name="Q2[1]")
        self.assertAlmostEqual(mean2, (1.1132616875182229 + loss2) / 2, delta=TOL)

    def test_training_ranks_liked_items_first(self):
        triples, P, Q = preference_data()
        first = None
        for _ in range(60):
            P, Q, mean_loss = bpr_sgd_epoch(P, Q, triples, 0.1, 0.01)
            first = mean_loss if first is None else first
        self.assertLess(mean_loss, 0.5 * first, msg=f"mean loss {first} -> {mean_loss}")
        for u, i, j in triples:
            self.assertGreater(dot(P[u], Q[i]), dot(P[u], Q[j]), msg=f"user {u}: item {i} should beat item {j}")

    def test_invalid_inputs_raise(self):
        self.assertAlmostEqual(bpr_sgd_epoch([[0.0]], [[1.0], [2.0]], [(0, 1, 0)], 0.1, 0.0)[2], math.log(2), delta=TOL)
        with self.assertRaises(ValueError):
            bpr_sgd_epoch([[1.0]], [[1.0], [2.0]], [(0, 1, 1)], 0.1, 0.0)  # positive and negative are the same item
        with self.assertRaises(ValueError):
            bpr_sgd_epoch([[1.0]], [[1.0], [2.0]], [], 0.1, 0.0)
        with self.assertRaises(ValueError):
            bpr_triple([1.0, 2.0], [1.0], [1.0, 0.0], 0.0)

    def test_inputs_are_not_modified(self):
        triples, P, Q = preference_data()
        saved = copy.deepcopy((triples, P, Q))
        bpr_sgd_epoch(P, Q, triples, 0.1, 0.01)
        bpr_triple(P[0], Q[0], Q[1], 0.1)
        self.assertEqual((triples, P, Q), saved)


if __name__ == "__main__":
    unittest.main()
