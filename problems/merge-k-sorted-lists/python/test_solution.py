import time
import unittest

from solution import merge_k_sorted


class TestMergeKSorted(unittest.TestCase):
    def test_example_1_three_lists(self):
        self.assertEqual(merge_k_sorted([[1, 4, 5], [1, 3, 4], [2, 6]]), [1, 1, 2, 3, 4, 4, 5, 6])

    def test_example_2_no_lists(self):
        self.assertEqual(merge_k_sorted([]), [])

    def test_example_3_empty_lists_contribute_nothing(self):
        self.assertEqual(merge_k_sorted([[], [7], []]), [7])
        self.assertEqual(merge_k_sorted([[], []]), [])

    def test_a_single_list_comes_back_unchanged(self):
        self.assertEqual(merge_k_sorted([[-3, 0, 0, 8]]), [-3, 0, 0, 8])

    def test_negative_values_and_duplicates_across_lists(self):
        self.assertEqual(merge_k_sorted([[-5, -5, 2], [-5, 0], [2, 2, 2]]), [-5, -5, -5, 0, 2, 2, 2, 2])

    def test_lists_of_very_different_lengths(self):
        self.assertEqual(merge_k_sorted([[10], list(range(9)), [4, 100]]), [0, 1, 2, 3, 4, 4, 5, 6, 7, 8, 10, 100])

    def test_one_list_entirely_before_another(self):
        self.assertEqual(merge_k_sorted([[7, 8, 9], [1, 2, 3], [4, 5, 6]]), [1, 2, 3, 4, 5, 6, 7, 8, 9])

    def test_the_input_is_not_modified(self):
        lists = [[1, 3], [2], [], [0, 4]]
        result = merge_k_sorted(lists)
        self.assertEqual(result, [0, 1, 2, 3, 4])
        self.assertEqual(lists, [[1, 3], [2], [], [0, 4]])
        result.append(99)
        self.assertEqual(lists, [[1, 3], [2], [], [0, 4]], msg="the result must be a new list")

    def test_long_lists_20_lists_of_2000(self):
        interleaved = [[i + 20 * j for j in range(2000)] for i in range(20)]
        self.assertEqual(merge_k_sorted(interleaved), list(range(40_000)))
        blocks = [[1_000_000 - 2000 * (i + 1) + j for j in range(2000)] for i in range(20)]
        self.assertEqual(merge_k_sorted(blocks), list(range(960_000, 1_000_000)))

    def test_many_short_lists_merge_in_n_log_k_time(self):
        # k lists of 2 interleaved values, for growing k up to 5,000 (the TypeScript test goes
        # to 10,000 lists of 4: JavaScript runs the slow loops many times faster). Scanning
        # every front for each value, or merging the lists into the result one at a time,
        # costs O(N * k); a heap of the fronts costs O(N log k). Only the time inside the calls
        # is measured, and the test stops as soon as it passes a second.
        spent = 0.0
        k = 500
        while k <= 5000:
            lists = [[i + j * k for j in range(2)] for i in range(k)]
            start = time.perf_counter()
            merged = merge_k_sorted(lists)
            spent += time.perf_counter() - start
            self.assertEqual(merged, list(range(2 * k)), msg=f"k = {k}")
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s by k = {k}: not O(N log k)")
            k = k * 5 // 4


if __name__ == "__main__":
    unittest.main()
