import unittest

from solution import can_reach_end


class TestCanReachEnd(unittest.TestCase):
    def test_example_1_reaches_the_end(self):
        self.assertEqual(can_reach_end([2, 3, 1, 1, 4]), True)

    def test_example_2_stuck_on_a_zero(self):
        self.assertEqual(can_reach_end([3, 2, 1, 0, 4]), False)

    def test_single_element_is_already_there(self):
        self.assertEqual(can_reach_end([0]), True)

    def test_zero_at_the_start_of_a_longer_list(self):
        self.assertEqual(can_reach_end([0, 1]), False)

    def test_zero_can_be_jumped_over(self):
        self.assertEqual(can_reach_end([2, 0, 0]), True)

    def test_zero_on_the_last_index_does_not_matter(self):
        self.assertEqual(can_reach_end([1, 1, 0]), True)

    def test_long_gap_needs_an_early_big_jump(self):
        self.assertEqual(can_reach_end([5, 1, 1, 1, 0, 0, 1]), False)
        self.assertEqual(can_reach_end([6, 1, 1, 1, 0, 0, 1]), True)

    def test_large_input_runs_in_linear_time(self):
        nums = [1] * 100_000
        self.assertEqual(can_reach_end(nums), True)
        nums[50_000] = 0
        self.assertEqual(can_reach_end(nums), False)


if __name__ == "__main__":
    unittest.main()
