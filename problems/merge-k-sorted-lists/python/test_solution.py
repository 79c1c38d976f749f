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

    def test_large_input_200_lists_of_500(self):
        interleaved = [[i + 200 * j for j in range(500)] for i in range(200)]
        self.assertEqual(merge_k_sorted(interleaved), list(range(100_000)))
        blocks = [[1_000_000 - 500 * (i + 1) + j for j in range(500)] for i in range(200)]
        self.assertEqual(merge_k_sorted(blocks), list(range(900_000, 1_000_000)))
        many_single = [[(i * 7919) % 20_000] for i in range(20_000)]
        self.assertEqual(merge_k_sorted(many_single), list(range(20_000)))


if __name__ == "__main__":
    unittest.main()
