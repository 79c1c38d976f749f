import time
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

    def test_the_full_jump_can_land_on_a_zero(self):
        self.assertEqual(can_reach_end([2, 5, 0, 0]), True)

    def test_a_jump_of_middle_length_is_the_only_way(self):
        self.assertEqual(can_reach_end([3, 0, 5, 0, 0, 0]), True)

    def test_a_zero_in_the_middle_that_cannot_be_jumped_over(self):
        self.assertEqual(can_reach_end([1, 0, 2, 0]), False)
        self.assertEqual(can_reach_end([2, 1, 0, 3, 0]), False)

    def test_a_zero_deep_in_a_long_list(self):
        nums = [1] * 100_000
        self.assertEqual(can_reach_end(nums), True)
        nums[50_000] = 0
        self.assertEqual(can_reach_end(nums), False)

    def test_large_inputs_run_in_linear_time(self):
        # Staircases k, k-1, ..., 1, 0, 1 of growing k up to 50,000 (100,000 in the TypeScript
        # test: JavaScript runs the slow loops many times faster): every route ends on the 0 at
        # index k.
        # Trying every jump length costs about k * k / 2 steps; one greedy pass costs k.
        # Only the time inside can_reach_end is measured, and the test stops as soon as it
        # passes a second.
        spent = 0.0
        k = 1000
        while k + 2 <= 50_000:
            nums = list(range(k, -1, -1)) + [1]
            start = time.perf_counter()
            answer = can_reach_end(nums)
            spent += time.perf_counter() - start
            self.assertEqual(answer, False, msg=f"k = {k}")
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s by k = {k}: not linear time")
            k = k * 5 // 4


if __name__ == "__main__":
    unittest.main()
