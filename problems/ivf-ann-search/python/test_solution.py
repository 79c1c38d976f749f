import math
import unittest

from solution import IVFIndex

CENTROIDS = [[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]]
VECTORS = {1: [1.0, 1.0], 2: [4.0, 0.0], 3: [9.0, 1.0], 4: [6.0, 0.0], 5: [0.0, 9.0], 6: [5.0, 5.0]}


def example_index():
    index = IVFIndex(CENTROIDS)
    for item_id, vector in VECTORS.items():
        index.add(item_id, vector)
    return index


def squared_l2(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))


def brute_force(vectors, query, k):
    return sorted(vectors, key=lambda i: (squared_l2(vectors[i], query), i))[:k]


def mulberry32(seed):
    """Seeded uniform generator in [0, 1): the same numbers as mulberry32 in the TypeScript tests."""
    state = seed & 0xFFFFFFFF

    def next_uniform():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = ((state ^ (state >> 15)) * (state | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return next_uniform


def random_setup(seed, n=400, dimension=4, lists=8):
    """Gaussian clusters around random centroids (the same numbers as the TypeScript tests)."""
    rng = mulberry32(seed)

    def uniform():
        return -10 + 20 * rng()

    def gauss():
        return math.sqrt(-2 * math.log(1 - rng())) * math.cos(2 * math.pi * rng())

    centroids = [[uniform() for _ in range(dimension)] for _ in range(lists)]
    vectors = {}
    while len(vectors) < n:
        item_id = math.floor(rng() * 10_000)
        if item_id in vectors:
            continue
        center = centroids[math.floor(rng() * lists)]
        vectors[item_id] = [c + 4 * gauss() for c in center]
    queries = [[uniform() for _ in range(dimension)] for _ in range(25)]
    index = IVFIndex(centroids)
    for item_id, vector in vectors.items():
        index.add(item_id, vector)
    return index, vectors, queries


class TestIVFIndex(unittest.TestCase):
    def test_example_1_assignment_to_the_nearest_centroid(self):
        index = IVFIndex(CENTROIDS)
        self.assertEqual([index.add(i, v) for i, v in VECTORS.items()], [0, 0, 1, 1, 2, 0])
        self.assertEqual([index.list_ids(c) for c in range(3)], [[1, 2, 6], [3, 4], [5]])

    def test_example_2_nprobe_trades_recall_for_work(self):
        index = example_index()
        query = [5.2, 0.0]
        self.assertEqual(index.search(query, 2, 1), [4, 3], msg="only list 1 is scanned: id 2 is missed")
        self.assertEqual(index.search(query, 2, 2), [4, 2])
        self.assertEqual(index.search(query, 2, 2), brute_force(VECTORS, query, 2))

    def test_example_3_ties(self):
        index = example_index()
        # [5, 0] is equally far from centroids 0 and 1 (list 0 is probed first), and ids 2 and 4 are
        # both at distance 1 from it.
        self.assertEqual(index.search([5.0, 0.0], 1, 1), [2])
        self.assertEqual(index.search([5.0, 0.0], 3, 2), [2, 4, 1])
        ties = IVFIndex([[0.0, 0.0]])
        for item_id, vector in [(9, [1.0, 0.0]), (3, [0.0, 1.0]), (7, [-1.0, 0.0]), (5, [0.0, 2.0])]:
            ties.add(item_id, vector)
        self.assertEqual(ties.search([0.0, 0.0], 3, 1), [3, 7, 9], msg="equal distances: smaller id first, not insertion order")

    def test_probes_the_nearest_lists_not_the_first_ones(self):
        index = example_index()
        self.assertEqual(index.search([0.0, 8.0], 1, 1), [5], msg="list 2 is nearest to the query")
        self.assertEqual(index.search([1.0, 9.0], 2, 1), [5])
        self.assertEqual(index.search([1.0, 9.0], 2, 2), [5, 6])

    def test_all_lists_probed_is_brute_force(self):
        index, vectors, queries = random_setup(7)
        for query in queries:
            expected = brute_force(vectors, query, 10)
            self.assertEqual(index.search(query, 10, 8), expected)
            self.assertEqual(index.search(query, 10, 50), expected, msg="nprobe above the number of lists scans them all")

    def test_recall_grows_with_nprobe(self):
        index, vectors, queries = random_setup(11)
        recalls = []
        for nprobe in (1, 2, 4, 8):
            found = 0
            for query in queries:
                truth = set(brute_force(vectors, query, 10))
                found += len(truth & set(index.search(query, 10, nprobe)))
            recalls.append(found / (10 * len(queries)))
        self.assertLess(recalls[0], 0.9, msg=f"recall@10 by nprobe 1, 2, 4, 8: {recalls}")
        self.assertEqual(recalls, sorted(recalls), msg=f"recall@10 by nprobe 1, 2, 4, 8: {recalls}")
        self.assertEqual(recalls[-1], 1.0)

    def test_k_larger_than_the_candidates(self):
        index = example_index()
        self.assertEqual(index.search([9.0, 0.0], 10, 1), [3, 4])
        self.assertEqual(index.search([9.0, 0.0], 100, 3), brute_force(VECTORS, [9.0, 0.0], 6))
        self.assertEqual(index.search([9.0, 0.0], 0, 3), [])
        self.assertEqual(IVFIndex(CENTROIDS).search([1.0, 1.0], 5, 3), [], msg="an empty index")

    def test_vectors_are_copied(self):
        index = IVFIndex(CENTROIDS)
        vector = [1.0, 1.0]
        index.add(1, vector)
        index.add(2, [3.0, 0.0])
        vector[0] = 100.0
        self.assertEqual(index.search([1.0, 1.0], 2, 1), [1, 2], msg="changing the caller's list after add changes nothing")
        self.assertEqual(index.list_ids(0), [1, 2])
        ids = index.list_ids(0)
        ids.append(99)
        self.assertEqual(index.list_ids(0), [1, 2])

    def test_invalid_inputs_raise(self):
        index = example_index()
        self.assertEqual(index.search([1.0, 1.0], 1, 1), [1])
        with self.assertRaises(ValueError):
            index.add(7, [1.0, 2.0, 3.0])
        with self.assertRaises(ValueError):
            index.add(3, [1.0, 2.0])
        with self.assertRaises(ValueError):
            index.search([1.0], 1, 1)
        with self.assertRaises(ValueError):
            index.search([1.0, 1.0], 1, 0)
        with self.assertRaises(ValueError):
            index.search([1.0, 1.0], -1, 1)
        with self.assertRaises(ValueError):
            IVFIndex([])
        with self.assertRaises(ValueError):
            IVFIndex([[0.0, 0.0], [1.0]])
        self.assertEqual([index.list_ids(c) for c in range(3)], [[1, 2, 6], [3, 4], [5]], msg="a rejected add changes nothing")


if __name__ == "__main__":
    unittest.main()
