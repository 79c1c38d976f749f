import math
import unittest

from solution import positional_encoding


class TestPositionalEncoding(unittest.TestCase):
    def assertRowAlmostEqual(self, actual, expected, places=6):
        self.assertEqual(len(actual), len(expected))
        for j, (a, e) in enumerate(zip(actual, expected)):
            self.assertAlmostEqual(a, e, places=places, msg=f"column {j}: {actual} vs {expected}")

    def test_example_1_small_table(self):
        table = positional_encoding(3, 4)
        self.assertEqual(len(table), 3)
        self.assertRowAlmostEqual(table[0], [0.0, 1.0, 0.0, 1.0])
        self.assertRowAlmostEqual(table[1], [math.sin(1), math.cos(1), math.sin(0.01), math.cos(0.01)])
        self.assertRowAlmostEqual(table[2], [0.909297427, -0.416146837, 0.019998667, 0.999800007])

    def test_example_2_odd_width_ends_with_a_sine(self):
        row = positional_encoding(3, 5)[2]
        self.assertRowAlmostEqual(row, [math.sin(2), math.cos(2), math.sin(2 / 10000 ** 0.4), math.cos(2 / 10000 ** 0.4), math.sin(2 / 10000 ** 0.8)])
        self.assertRowAlmostEqual(row, [0.909297427, -0.416146837, 0.050216550, 0.998738341, 0.001261914])

    def test_example_3_shapes_including_empty(self):
        self.assertEqual(positional_encoding(0, 8), [])
        table = positional_encoding(7, 10)
        self.assertEqual(len(table), 7)
        self.assertTrue(all(len(row) == 10 for row in table))
        self.assertRowAlmostEqual(positional_encoding(2, 1)[1], [math.sin(1)])
        self.assertRowAlmostEqual(positional_encoding(1, 1)[0], [0.0])

    def test_known_values_deeper_in_the_table(self):
        self.assertRowAlmostEqual(positional_encoding(4, 6)[3], [0.141120008, -0.989992497, 0.138798101, 0.990320699, 0.006463259, 0.999979113])
        # An odd width keeps d_model = 7 in every exponent: 10000^(2/7), 10000^(4/7), 10000^(6/7).
        self.assertRowAlmostEqual(positional_encoding(4, 7)[3], [0.141120008, -0.989992497, 0.214232190, 0.976782764, 0.015537799, 0.999879281, 0.001118278])

    def test_position_zero_row_alternates_zero_and_one(self):
        self.assertRowAlmostEqual(positional_encoding(1, 9)[0], [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
        self.assertRowAlmostEqual(positional_encoding(5, 6)[0], [0.0, 1.0] * 3)

    def test_values_are_bounded_and_pairs_lie_on_the_unit_circle(self):
        table = positional_encoding(50, 33)
        for pos, row in enumerate(table):
            self.assertTrue(all(-1.0 <= x <= 1.0 for x in row), msg=f"row {pos} out of [-1, 1]")
            for i in range(0, 32, 2):
                self.assertAlmostEqual(row[i] ** 2 + row[i + 1] ** 2, 1.0, places=9)

    def test_shift_rotates_each_frequency_pair(self):
        # sin(a + b) = sin a cos b + cos a sin b and cos(a + b) = cos a cos b - sin a sin b,
        # with a = pos * w_i read from row pos and b = k * w_i read from row k.
        d = 16
        table = positional_encoding(64, d)
        for pos in (0, 3, 17, 40):
            for k in (1, 5, 23):
                for i in range(0, d, 2):
                    s_pos, c_pos = table[pos][i], table[pos][i + 1]
                    s_k, c_k = table[k][i], table[k][i + 1]
                    self.assertAlmostEqual(table[pos + k][i], s_pos * c_k + c_pos * s_k, places=9)
                    self.assertAlmostEqual(table[pos + k][i + 1], c_pos * c_k - s_pos * s_k, places=9)

    def test_dot_product_depends_only_on_the_offset(self):
        table = positional_encoding(40, 12)

        def dot(u, v):
            return sum(a * b for a, b in zip(u, v))

        for k in (1, 4, 9):
            expected = dot(table[0], table[k])
            for pos in (2, 11, 30):
                self.assertAlmostEqual(dot(table[pos], table[pos + k]), expected, places=9, msg=f"offset {k} from position {pos}")

    def test_large_table_runs_fast(self):
        table = positional_encoding(1024, 256)
        self.assertEqual(len(table), 1024)
        self.assertEqual(len(table[-1]), 256)
        self.assertAlmostEqual(table[1000][0], math.sin(1000), places=6)
        self.assertAlmostEqual(table[1000][255], math.cos(1000 / 10000 ** (254 / 256)), places=6)


if __name__ == "__main__":
    unittest.main()
