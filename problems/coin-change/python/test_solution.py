import unittest

from solution import min_coins


class TestMinCoins(unittest.TestCase):
    def test_example_1_three_coins(self):
        self.assertEqual(min_coins([1, 2, 5], 11), 3)

    def test_example_2_impossible(self):
        self.assertEqual(min_coins([2], 3), -1)

    def test_example_3_zero_amount(self):
        self.assertEqual(min_coins([1], 0), 0)

    def test_greedy_is_not_enough(self):
        self.assertEqual(min_coins([1, 3, 4], 6), 2)

    def test_single_coin_exact(self):
        self.assertEqual(min_coins([7], 7), 1)

    def test_coins_larger_than_the_amount(self):
        self.assertEqual(min_coins([5, 10], 3), -1)

    def test_huge_coin_values_do_not_break_it(self):
        self.assertEqual(min_coins([2147483647, 3], 9), 3)

    def test_every_coin_can_be_used_many_times(self):
        self.assertEqual(min_coins([1, 7], 6), 6)
        self.assertEqual(min_coins([4, 9], 36), 4)

    def test_large_amount_runs_fast(self):
        self.assertEqual(min_coins([3, 7, 405, 436], 8839), 25)
        self.assertEqual(min_coins([29, 53, 97, 211], 9973), 55)


if __name__ == "__main__":
    unittest.main()
