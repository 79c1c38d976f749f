import time
import unittest

from solution import min_jumps


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def slow_min_jumps(nums):
    """An obviously correct (and slow) model: fewest jumps to every index, or None if unreachable."""
    best = [None] * len(nums)
    best[0] = 0
    for i, step in enumerate(nums):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(nums), i + step + 1)):
            if best[j] is None or best[i] + 1 < best[j]:
                best[j] = best[i] + 1
    return best[-1]


class TestMinJumps(unittest.TestCase):
    def test_example_1_two_jumps(self):
        self.assertEqual(min_jumps([2, 3, 1, 1, 4]), 2)

    def test_example_2_a_zero_that_is_never_used(self):
        self.assertEqual(min_jumps([2, 3, 0, 1, 4]), 2)

    def test_example_3_single_element(self):
        self.assertEqual(min_jumps([0]), 0)

    def test_two_elements(self):
        self.assertEqual(min_jumps([1, 0]), 1)

    def test_first_jump_reaches_the_end(self):
        self.assertEqual(min_jumps([10, 0, 0, 0]), 1)
        self.assertEqual(min_jumps([3, 0, 0, 0]), 1)

    def test_all_ones_need_a_jump_per_step(self):
        self.assertEqual(min_jumps([1, 1, 1, 1, 1]), 4)

    def test_the_longest_jump_is_not_always_best(self):
        self.assertEqual(min_jumps([4, 1, 1, 3, 1, 1, 1]), 2)
        self.assertEqual(min_jumps([2, 0, 2, 0, 1]), 2)

    def test_seeded_random_arrays_match_a_slow_model(self):
        rng = Lcg(7)
        checked = 0
        for case in range(400):
            nums = [rng.below(5) for _ in range(1 + rng.below(25))]
            expected = slow_min_jumps(nums)
            if expected is None:
                continue  # the last index is unreachable: outside the constraints
            checked += 1
            self.assertEqual(min_jumps(nums), expected, msg=f"case {case}: {nums}")
        self.assertGreater(checked, 100)

    def test_the_pad_with_the_biggest_value_is_not_always_best(self):
        self.assertEqual(min_jumps([3, 4, 1, 3, 0, 0, 0]), 2)

    def test_a_long_row_of_ones(self):
        self.assertEqual(min_jumps([1] * 100_000), 99_999)

    def test_large_inputs_run_in_linear_time(self):
        # Staircases k, k-1, ..., 1, then 1, 0 of growing k: every pad of the staircase reaches
        # pad k exactly, so the answer is 2. Relaxing every jump length costs about k * k / 2
        # steps; one greedy pass costs k. Only the time inside min_jumps is measured, and the
        # test stops as soon as it passes a second.
        spent = 0.0
        k = 1000
        while k + 2 <= 50_000:
            nums = list(range(k, 0, -1)) + [1, 0]
            start = time.perf_counter()
            answer = min_jumps(nums)
            spent += time.perf_counter() - start
            self.assertEqual(answer, 2, msg=f"k = {k}")
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s by k = {k}: not linear time")
            k = k * 5 // 4


if __name__ == "__main__":
    unittest.main()
