import unittest

from solution import max_sliding_window


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def brute_force(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]


class TestMaxSlidingWindow(unittest.TestCase):
    def test_example_1_a_peak_dominates_until_it_leaves(self):
        self.assertEqual(max_sliding_window([4, 2, 12, 11, -5, 7, 1], 3), [12, 12, 12, 11, 7])

    def test_example_2_window_of_one(self):
        self.assertEqual(max_sliding_window([9, -1, 6], 1), [9, -1, 6])

    def test_example_3_one_window_covers_everything(self):
        self.assertEqual(max_sliding_window([3, 8, 8, 2], 4), [8])

    def test_single_value(self):
        self.assertEqual(max_sliding_window([-7], 1), [-7])

    def test_decreasing_and_increasing_values(self):
        self.assertEqual(max_sliding_window([9, 8, 7, 6, 5, 4], 3), [9, 8, 7, 6])
        self.assertEqual(max_sliding_window([1, 2, 3, 4, 5, 6], 2), [2, 3, 4, 5, 6])

    def test_repeated_values(self):
        self.assertEqual(max_sliding_window([5, 5, 5, 5], 2), [5, 5, 5])
        self.assertEqual(max_sliding_window([2, 7, 7, 1, 7, 0, 0, 0], 3), [7, 7, 7, 7, 7, 0])

    def test_negative_and_extreme_values(self):
        low, high = -1000000000, 1000000000
        self.assertEqual(max_sliding_window([low, -3, low, high, low], 2), [-3, -3, high, high])
        self.assertEqual(max_sliding_window([low, low, low], 2), [low, low])

    def test_input_is_not_modified(self):
        nums = [6, 1, 8, 3, 3, 9, 2]
        self.assertEqual(max_sliding_window(nums, 3), [8, 8, 8, 9, 9])
        self.assertEqual(nums, [6, 1, 8, 3, 3, 9, 2])

    def test_seeded_random_inputs_match_brute_force(self):
        rng = Lcg(11)
        for trial in range(300):
            n = 1 + rng.below(40)
            k = 1 + rng.below(n)
            nums = [rng.below(21) - 10 for _ in range(n)]
            self.assertEqual(max_sliding_window(nums, k), brute_force(nums, k), msg=f"trial {trial}: nums={nums}, k={k}")

    def test_large_input_with_a_large_window_runs_fast(self):
        n = 200000
        falling = [n - i for i in range(n)]  # the maximum leaves every window
        self.assertEqual(max_sliding_window(falling, 100000), [n - i for i in range(n - 100000 + 1)])
        rising = list(range(n))
        self.assertEqual(max_sliding_window(rising, 150000), list(range(150000 - 1, n)))
        sawtooth = [i % 1000 for i in range(n)]
        self.assertEqual(max_sliding_window(sawtooth, 100000), [999] * (n - 100000 + 1))


if __name__ == "__main__":
    unittest.main()
