import random
import unittest

from solution import top_k_items


class TestTopKItems(unittest.TestCase):
    def test_example_1_dot_product(self):
        items = {1: [1, 0], 2: [0, 1], 3: [1, 1], 4: [-1, 3]}
        self.assertEqual(top_k_items([1, 2], items, 2), [4, 3])

    def test_example_1_excluding_seen_items(self):
        items = {1: [1, 0], 2: [0, 1], 3: [1, 1], 4: [-1, 3]}
        seen = {4, 100}
        self.assertEqual(top_k_items([1, 2], items, 2, exclude=seen), [3, 2])
        self.assertEqual(seen, {4, 100}, msg="exclude must not be modified")
        self.assertEqual(items, {1: [1, 0], 2: [0, 1], 3: [1, 1], 4: [-1, 3]}, msg="items must not be modified")

    def test_example_2_cosine_changes_the_ranking(self):
        items = {1: [10, 10], 2: [1, 0], 3: [3, 1]}
        self.assertEqual(top_k_items([1, 0], items, 2), [1, 3])
        self.assertEqual(top_k_items([1, 0], items, 2, use_cosine=True), [2, 3])

    def test_example_3_ties_go_to_the_smaller_id(self):
        items = {7: [1, 0], 3: [0, 1], 5: [2, -1], 9: [0.5, 0.5]}
        self.assertEqual(top_k_items([1, 1], items, 3), [3, 5, 7])
        self.assertEqual(top_k_items([1, 1], items, 1), [3])

    def test_cosine_ties_and_zero_norm_vectors(self):
        items = {8: [2, 0], 2: [4, 0], 5: [0, 1], 1: [0, 0], 6: [-1, -1]}
        self.assertEqual(top_k_items([1, 1], items, 3, use_cosine=True), [2, 5, 8])
        self.assertEqual(top_k_items([1, 1], items, 5, use_cosine=True), [2, 5, 8, 1, 6], msg="a zero vector scores 0")
        self.assertEqual(top_k_items([0, 0], items, 2, use_cosine=True), [1, 2], msg="a zero user vector scores every item 0")

    def test_k_larger_than_the_candidates(self):
        items = {10: [1.0], 20: [3.0], 30: [2.0]}
        self.assertEqual(top_k_items([1.0], items, 10, exclude={20}), [30, 10])
        self.assertEqual(top_k_items([1.0], {}, 3), [])

    def test_k_zero_returns_nothing(self):
        self.assertEqual(top_k_items([1.0, 1.0], {1: [1.0, 1.0]}, 0), [])

    def test_negative_scores_are_still_ranked(self):
        items = {1: [-1.0, -1.0], 2: [-5.0, 0.0], 3: [0.0, -0.5], 4: [-2.0, -2.0]}
        self.assertEqual(top_k_items([1.0, 1.0], items, 3), [3, 1, 4])

    def test_large_catalogue_with_many_ties(self):
        rng = random.Random(42)
        ids = [3 * i + 7 for i in range(50_000)]
        rng.shuffle(ids)  # insertion order must not matter
        values = [-2, -1, 0, 1, 2]
        items = {item_id: rng.choices(values, k=8) for item_id in ids}
        user = rng.choices(values, k=8)
        score = {item_id: sum(u * v for u, v in zip(user, vector)) for item_id, vector in items.items()}
        ranked = sorted(items, key=lambda item_id: (-score[item_id], item_id))
        exclude = set(ranked[:5]) | {ranked[20]}
        expected = [item_id for item_id in ranked if item_id not in exclude][:25]
        self.assertEqual(top_k_items(user, items, 25, exclude=exclude), expected)
        self.assertEqual(top_k_items(user, items, 100), ranked[:100])


if __name__ == "__main__":
    unittest.main()
