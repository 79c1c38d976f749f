import copy
import math
import unittest

from solution import attention_weights, causal_mask, multi_head_attention, scaled_dot_product_attention

TOL = 1e-9  # every float is compared with an absolute tolerance of 1e-9


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def lcg(seed):
    """Park-Miller generator: the same uniform sequence in [0, 1) as the TypeScript tests."""
    state = seed
    while True:
        state = state * 48271 % 2147483647
        yield state / 2147483647


def random_matrix(gen, rows, cols, scale):
    return [[scale * (2 * next(gen) - 1) for _ in range(cols)] for _ in range(rows)]


class TestScaledDotProductAttention(unittest.TestCase):
    def assertMatrixClose(self, actual, expected, tol=TOL):
        self.assertEqual(len(actual), len(expected), msg=f"{actual} vs {expected}")
        for i, (a_row, e_row) in enumerate(zip(actual, expected)):
            self.assertEqual(len(a_row), len(e_row), msg=f"row {i}: {a_row} vs {e_row}")
            for j, (a, e) in enumerate(zip(a_row, e_row)):
                self.assertAlmostEqual(a, e, delta=tol, msg=f"[{i}][{j}]: {actual} vs {expected}")

    def test_example_one_query_two_keys(self):
        w = sigmoid(1 / math.sqrt(2))  # scores 1/sqrt(2) and 0
        self.assertMatrixClose(attention_weights([[1, 0]], [[1, 0], [0, 1]]), [[w, 1 - w]])
        out = scaled_dot_product_attention([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]])
        self.assertMatrixClose(out, [[w * 1 + (1 - w) * 3, w * 2 + (1 - w) * 4]])
        self.assertMatrixClose(out, [[1.6604769013466862, 2.6604769013466862]])

    def test_equal_scores_average_the_values(self):
        out = scaled_dot_product_attention([[0, 0], [3, 3]], [[1, -1], [2, -2], [-5, 5]], [[3, 0], [0, 6], [6, 3]])
        self.assertMatrixClose(out, [[3, 3], [3, 3]])

    def test_scores_are_divided_by_sqrt_dk(self):
        # d_k = 4: scores 4 / sqrt(4) = 2 and 0. Without scaling they would be 4 and 0; dividing by d_k gives 1 and 0.
        w = sigmoid(2)
        self.assertMatrixClose(attention_weights([[1, 1, 1, 1]], [[1, 1, 1, 1], [0, 0, 0, 0]]), [[w, 1 - w]])
        self.assertMatrixClose(
            scaled_dot_product_attention([[1, 1, 1, 1]], [[1, 1, 1, 1], [0, 0, 0, 0]], [[10], [0]]), [[10 * w]]
        )

    def test_causal_mask_helper_and_values(self):
        self.assertEqual(causal_mask(1), [[True]])
        self.assertEqual(causal_mask(3), [[True, False, False], [True, True, False], [True, True, True]])
        X = [[1, 0], [0, 1], [1, 1]]
        w = sigmoid(1 / math.sqrt(2))
        a, b = math.exp(1 / math.sqrt(2)), math.exp(2 / math.sqrt(2))
        weights = attention_weights(X, X, causal_mask(3))
        self.assertMatrixClose(weights, [[1, 0, 0], [1 - w, w, 0], [a / (2 * a + b), a / (2 * a + b), b / (2 * a + b)]])
        for i in range(3):
            for j in range(i + 1, 3):
                self.assertEqual(weights[i][j], 0.0, msg="a future position gets exactly zero weight")
        self.assertMatrixClose(
            scaled_dot_product_attention(X, X, X, causal_mask(3)),
            [[1, 0], [1 - w, w], [(a + b) / (2 * a + b), (a + b) / (2 * a + b)]],
        )

    def test_padding_mask_hides_keys(self):
        # The last key is padding: hidden from both queries. Its huge value must not leak in.
        Q = [[1, 0], [0, 2]]
        K = [[1, 0], [0, 1], [50, 50]]
        V = [[1, 0], [0, 1], [1000, 1000]]
        mask = [[True, True, False], [True, True, False]]
        w0 = sigmoid(1 / math.sqrt(2))
        w1 = sigmoid(2 / math.sqrt(2))
        self.assertMatrixClose(attention_weights(Q, K, mask), [[w0, 1 - w0, 0], [1 - w1, w1, 0]])
        self.assertMatrixClose(scaled_dot_product_attention(Q, K, V, mask), [[w0, 1 - w0], [1 - w1, w1]])

    def test_fully_masked_row_gives_zeros(self):
        mask = [[False, False], [True, False]]
        self.assertMatrixClose(attention_weights([[1, 2], [3, 4]], [[1, 0], [0, 1]], mask), [[0, 0], [1, 0]])
        out = scaled_dot_product_attention([[1, 2], [3, 4]], [[1, 0], [0, 1]], [[5, 6, 7], [8, 9, 10]], mask)
        self.assertMatrixClose(out, [[0, 0, 0], [5, 6, 7]])
        for x in out[0]:
            self.assertFalse(math.isnan(x), msg="a fully masked row must not be NaN")

    def test_large_logits_are_stable(self):
        # Scores are about 1414.2 and 1415.6: exp of either overflows a float.
        w = sigmoid(-2000 * 0.001 / math.sqrt(2))
        out = scaled_dot_product_attention([[2000, 2000]], [[1, 0], [0, 1.001]], [[1, 2], [3, 4]])
        self.assertMatrixClose(out, [[w + 3 * (1 - w), 2 * w + 4 * (1 - w)]], tol=1e-7)
        self.assertMatrixClose(
            attention_weights([[-3000, 0], [3000, 0]], [[1, 0], [-1, 0]]), [[0, 1], [1, 0]]
        )
        # Scores of -1e6 everywhere: exp of each underflows to 0 without the max shift.
        self.assertMatrixClose(attention_weights([[-1000, -1000]], [[707.1, 707.1], [707.1, 707.1]]), [[0.5, 0.5]])

    def test_rows_are_distributions_and_shift_invariant(self):
        gen = lcg(12345)
        for _ in range(20):
            n_q, n_k, d = 1 + int(4 * next(gen)), 1 + int(5 * next(gen)), 1 + int(4 * next(gen))
            Q, K = random_matrix(gen, n_q, d, 3), random_matrix(gen, n_k, d, 3)
            weights = attention_weights(Q, K)
            for row in weights:
                self.assertAlmostEqual(sum(row), 1.0, delta=TOL)
                self.assertTrue(all(0 <= x <= 1 for x in row))
            # Adding the same vector c to every key adds q.c / sqrt(d) to a whole row of scores: same weights.
            c = random_matrix(gen, 1, d, 50)[0]
            shifted = [[k + ci for k, ci in zip(row, c)] for row in K]
            self.assertMatrixClose(attention_weights(Q, shifted), weights, tol=1e-7)

    def test_multi_head_splits_contiguous_column_blocks(self):
        # Head 0 gets columns 0-1 and attends to key 0; head 1 gets columns 2-3 and attends to key 1.
        out = multi_head_attention([[10, 0, 0, 10]], [[10, 0, 0, 0], [0, 0, 0, 10]], [[1, 2, 3, 4], [5, 6, 7, 8]], 2)
        self.assertMatrixClose(out, [[1, 2, 7, 8]], tol=1e-6)

    def test_multi_head_scales_by_the_head_width(self):
        # Each head has width 2, so each head's best score is 2 / sqrt(2), not 2 / sqrt(4).
        w = sigmoid(math.sqrt(2))
        out = multi_head_attention([[1, 1, 2, 0]], [[1, 1, 0, 0], [0, 0, 1, 1]], [[1, 2, 3, 4], [5, 6, 7, 8]], 2)
        self.assertMatrixClose(out, [[w + 5 * (1 - w), 2 * w + 6 * (1 - w), 3 * (1 - w) + 7 * w, 4 * (1 - w) + 8 * w]])

    def test_multi_head_agrees_with_per_head_attention(self):
        gen = lcg(777)
        Q, K, V = random_matrix(gen, 3, 6, 2), random_matrix(gen, 4, 6, 2), random_matrix(gen, 4, 3, 2)
        mask = [[True, False, True, False], [False, False, False, False], [True, True, True, True]]
        self.assertMatrixClose(multi_head_attention(Q, K, V, 1, mask), scaled_dot_product_attention(Q, K, V, mask))
        expected = [[] for _ in Q]
        for h in range(3):  # widths 6 / 3 = 2 for Q and K, 3 / 3 = 1 for V
            part = scaled_dot_product_attention(
                [r[2 * h:2 * h + 2] for r in Q], [r[2 * h:2 * h + 2] for r in K], [r[h:h + 1] for r in V], mask
            )
            for row, extra in zip(expected, part):
                row.extend(extra)
        self.assertMatrixClose(multi_head_attention(Q, K, V, 3, mask), expected)
        self.assertEqual(multi_head_attention(Q, K, V, 3, mask)[1], [0.0, 0.0, 0.0])

    def test_invalid_shapes_raise(self):
        self.assertMatrixClose(multi_head_attention([[1, 2]], [[1, 2]], [[3, 4]], 2), [[3, 4]])
        with self.assertRaises(ValueError):
            attention_weights([[1, 2]], [[1, 2, 3]])  # d_k differs
        with self.assertRaises(ValueError):
            scaled_dot_product_attention([[1, 2]], [[1, 2], [3, 4]], [[1]])  # one value row for two keys
        with self.assertRaises(ValueError):
            attention_weights([[1, 2]], [[1, 2]], [[True, True]])  # mask is 1 x 2 for one key
        with self.assertRaises(ValueError):
            multi_head_attention([[1, 2, 3]], [[1, 2, 3]], [[1, 2, 3]], 2)  # 3 columns do not split into 2 heads
        with self.assertRaises(ValueError):
            multi_head_attention([[1, 2]], [[1, 2]], [[1, 2]], 0)

    def test_inputs_are_not_modified(self):
        Q, K, V = [[1.0, 2.0], [0.5, -1.0]], [[0.0, 1.0], [2.0, 2.0]], [[1.0, 0.0], [0.0, 1.0]]
        mask = causal_mask(2)
        saved = copy.deepcopy((Q, K, V, mask))
        attention_weights(Q, K, mask)
        scaled_dot_product_attention(Q, K, V, mask)
        multi_head_attention(Q, K, V, 2, mask)
        self.assertEqual((Q, K, V, mask), saved)


if __name__ == "__main__":
    unittest.main()
