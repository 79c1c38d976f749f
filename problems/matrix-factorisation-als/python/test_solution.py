import copy
import math
import unittest

from solution import als, mf_objective

TOL = 1e-9  # every float is compared with an absolute tolerance of 1e-9 unless stated


def lcg(seed):
    """Park-Miller generator: the same uniform sequence in [0, 1) as the TypeScript tests."""
    state = seed
    while True:
        state = state * 48271 % 2147483647
        yield state / 2147483647


def uniform_matrix(gen, rows, cols, low=-1.0, high=1.0):
    return [[low + (high - low) * next(gen) for _ in range(cols)] for _ in range(rows)]


def random_ratings(gen, rows, cols, p_observed):
    """Whole-star ratings 1-5; each entry is observed with probability p_observed (one draw, then one more for the value)."""
    ratings = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            row.append(int(1 + 5 * next(gen)) if next(gen) < p_observed else None)
        ratings.append(row)
    return ratings


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def normal_equation_residual(pairs, x, reg):
    """Largest entry of (sum f f^T + reg I) x - sum r f: zero when x is the exact ridge solution."""
    k = len(x)
    worst = 0.0
    for i in range(k):
        value = reg * x[i] + sum(f[i] * (dot(f, x) - r) for f, r in pairs)
        worst = max(worst, abs(value))
    return worst


def low_rank_problem():
    """An exactly rank-2 8 x 6 matrix with about a quarter of its entries hidden, and a starting V0."""
    gen = lcg(2718)
    U_true, V_true = uniform_matrix(gen, 8, 2), uniform_matrix(gen, 6, 2)
    full = [[dot(u, v) for v in V_true] for u in U_true]
    observed = [[next(gen) > 0.25 for _ in range(6)] for _ in range(8)]
    ratings = [[full[u][i] if observed[u][i] else None for i in range(6)] for u in range(8)]
    return full, observed, ratings, uniform_matrix(gen, 6, 2)


class TestMatrixFactorisationAls(unittest.TestCase):
    def assertNestedClose(self, actual, expected, tol=TOL, name=""):
        if isinstance(expected, (list, tuple)):
            self.assertEqual(len(actual), len(expected), msg=f"{name}: {actual} vs {expected}")
            for i, (a, e) in enumerate(zip(actual, expected)):
                self.assertNestedClose(a, e, tol, f"{name}[{i}]")
        else:
            self.assertAlmostEqual(actual, expected, delta=tol, msg=name)

    def test_example_objective_ignores_missing_entries(self):
        # Observed errors 5 - 2 = 3 and 1 - 2 = -1; penalty 0.1 * (1 + 4 + 4 + 1).
        self.assertAlmostEqual(mf_objective([[5, None], [None, 1]], [[1], [2]], [[2], [1]], 0.1), 11.0, delta=TOL)
        self.assertAlmostEqual(mf_objective([[None, None]], [[3, 4]], [[1, 0], [0, 1]], 0.5), 0.5 * (25 + 2), delta=TOL)

    def test_example_one_sweep_by_hand(self):
        # k = 1, reg = 1. Users from V0 = [1, 1]: u0 = (4 + 2) / (1 + 1 + 1) = 2, u1 = 3 / (1 + 1) = 1.5.
        # Items from those users: v0 = 4 * 2 / (4 + 1) = 1.6, v1 = (2 * 2 + 3 * 1.5) / (4 + 2.25 + 1) = 8.5 / 7.25.
        U, V, losses = als([[4, 2], [None, 3]], [[1], [1]], 1.0, 1)
        self.assertNestedClose(U, [[2.0], [1.5]])
        self.assertNestedClose(V, [[1.6], [8.5 / 7.25]])
        v1 = 8.5 / 7.25
        expected = (4 - 3.2) ** 2 + (2 - 2 * v1) ** 2 + (3 - 1.5 * v1) ** 2 + (4 + 2.25) + (1.6 ** 2 + v1 ** 2)
        self.assertNestedClose(losses, [expected])
        self.assertNestedClose(losses, [12.484482758620691])

    def test_each_half_step_is_the_exact_ridge_solution(self):
        gen = lcg(4321)
        ratings = random_ratings(gen, 6, 7, 0.7)
        V0 = uniform_matrix(gen, 7, 3)
        U, V, _ = als(ratings, V0, 0.3, 1)
        # With one sweep, each user solves its ridge problem against V0 and each item against the new U.
        for u, row in enumerate(ratings):
            pairs = [(V0[i], r) for i, r in enumerate(row) if r is not None]
            self.assertLess(normal_equation_residual(pairs, U[u], 0.3), 1e-9, msg=f"user {u}")
        for i in range(7):
            pairs = [(U[u], row[i]) for u, row in enumerate(ratings) if row[i] is not None]
            self.assertLess(normal_equation_residual(pairs, V[i], 0.3), 1e-9, msg=f"item {i}")

    def test_loss_never_increases_between_sweeps(self):
        gen = lcg(55)
        ratings = random_ratings(gen, 10, 9, 0.6)
        U, V, losses = als(ratings, uniform_matrix(gen, 9, 3), 0.1, 30)
        self.assertEqual(len(losses), 30)
        for before, after in zip(losses, losses[1:]):
            self.assertLessEqual(after, before + 1e-9)
        self.assertLess(losses[-1], losses[0])
        self.assertAlmostEqual(losses[-1], mf_objective(ratings, U, V, 0.1), delta=TOL)

    def test_recovers_a_low_rank_matrix(self):
        full, observed, ratings, V0 = low_rank_problem()
        U, V, losses = als(ratings, V0, 1e-6, 100)
        for u in range(8):
            for i in range(6):
                what = "observed" if observed[u][i] else "hidden"
                self.assertAlmostEqual(dot(U[u], V[i]), full[u][i], delta=1e-3, msg=f"{what} entry ({u}, {i})")
        self.assertLess(losses[-1], 1e-3)

    def test_users_and_items_without_ratings_get_zero_vectors(self):
        ratings = [[5, None, 3], [None, None, None], [1, None, 4]]
        U, V, losses = als(ratings, [[1, 0], [0.5, 0.5], [0, 1]], 0.5, 3)
        self.assertEqual(U[1], [0.0, 0.0])
        self.assertEqual(V[1], [0.0, 0.0])
        self.assertTrue(all(math.isfinite(x) for x in losses))

    def test_regularisation_shrinks_the_factors(self):
        full, _, ratings, V0 = low_rank_problem()
        norm = lambda M: sum(x * x for row in M for x in row)
        U_small, V_small, _ = als(ratings, V0, 0.01, 20)
        U_big, V_big, _ = als(ratings, V0, 10.0, 20)
        self.assertLess(norm(U_big) + norm(V_big), 0.5 * (norm(U_small) + norm(V_small)))
        _, _, losses = als(ratings, V0, 10.0, 20)
        self.assertAlmostEqual(losses[-1], mf_objective(ratings, U_big, V_big, 10.0), delta=TOL)

    def test_invalid_inputs_raise(self):
        self.assertNestedClose(als([[2]], [[1]], 1.0, 1)[0], [[1.0]])
        with self.assertRaises(ValueError):
            als([[1, 2]], [[1], [1]], 0.0, 1)  # reg must be positive
        with self.assertRaises(ValueError):
            als([[1, 2]], [[1]], 1.0, 1)  # V0 has one row for two items
        with self.assertRaises(ValueError):
            als([[1, 2], [3]], [[1], [1]], 1.0, 1)  # ragged ratings
        with self.assertRaises(ValueError):
            als([[1, 2]], [[1], [1]], 1.0, 0)

    def test_inputs_are_not_modified(self):
        ratings = [[5.0, None, 1.0], [None, 2.0, 2.0]]
        V0 = [[0.5, 1.0], [1.0, -0.5], [0.2, 0.2]]
        saved = copy.deepcopy((ratings, V0))
        U, V, _ = als(ratings, V0, 0.1, 2)
        mf_objective(ratings, U, V, 0.1)
        self.assertEqual((ratings, V0), saved)


if __name__ == "__main__":
    unittest.main()
