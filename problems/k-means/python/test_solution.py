import random
import unittest

from solution import kmeans, kmeans_plus_plus_init


def squared_distance(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))


class TestKMeans(unittest.TestCase):
    def assertPointsAlmostEqual(self, actual, expected, places=6):
        self.assertEqual(len(actual), len(expected), msg=f"{actual} vs {expected}")
        for a, e in zip(actual, expected):
            self.assertEqual(len(a), len(e), msg=f"{actual} vs {expected}")
            for x, y in zip(a, e):
                self.assertAlmostEqual(x, y, places=places, msg=f"{actual} vs {expected}")

    def test_example_1_two_separated_groups(self):
        points = [[1, 1], [1, 2], [2, 1], [8, 8], [9, 8], [8, 9]]
        centroids, assignments = kmeans(points, [[1, 1], [8, 8]])
        self.assertEqual(assignments, [0, 0, 0, 1, 1, 1])
        self.assertPointsAlmostEqual(centroids, [[4 / 3, 4 / 3], [25 / 3, 25 / 3]])

    def test_example_2_tie_goes_to_the_lowest_index(self):
        centroids, assignments = kmeans([[0], [2], [4]], [[1], [3]])
        self.assertEqual(assignments, [0, 0, 1])
        self.assertPointsAlmostEqual(centroids, [[1.0], [4.0]])

    def test_example_3_empty_cluster_keeps_its_centroid(self):
        centroids, assignments = kmeans([[0, 0], [1, 0], [0, 1]], [[0, 0], [100, 100]])
        self.assertEqual(assignments, [0, 0, 0])
        self.assertPointsAlmostEqual(centroids, [[1 / 3, 1 / 3], [100.0, 100.0]])

    def test_max_iters_stops_early(self):
        points = [[0], [1], [2], [10], [11], [12]]
        start = [[0], [1]]
        centroids, assignments = kmeans(points, start, max_iters=1)
        self.assertEqual(assignments, [0, 1, 1, 1, 1, 1], msg="one assignment step, then one update")
        self.assertPointsAlmostEqual(centroids, [[0.0], [7.2]])
        centroids, assignments = kmeans(points, start, max_iters=2)
        self.assertEqual(assignments, [0, 0, 0, 1, 1, 1])
        self.assertPointsAlmostEqual(centroids, [[1.0], [11.0]])
        centroids, assignments = kmeans(points, start)
        self.assertEqual(assignments, [0, 0, 0, 1, 1, 1])
        self.assertPointsAlmostEqual(centroids, [[1.0], [11.0]])

    def test_more_centroids_than_points(self):
        centroids, assignments = kmeans([[0.0, 0.0], [4.0, 0.0]], [[1, 0], [3, 0], [50, 50]])
        self.assertEqual(assignments, [0, 1])
        self.assertPointsAlmostEqual(centroids, [[0.0, 0.0], [4.0, 0.0], [50.0, 50.0]])

    def test_inputs_are_not_modified(self):
        points = [[0.0], [1.0], [2.0], [10.0], [11.0], [12.0]]
        start = [[0.0], [1.0]]
        kmeans(points, start)
        self.assertEqual(points, [[0.0], [1.0], [2.0], [10.0], [11.0], [12.0]])
        self.assertEqual(start, [[0.0], [1.0]])

    def test_large_input_reaches_a_fixed_point(self):
        rng = random.Random(7)
        centers = [[0.0, 0.0, 0.0], [10.0, 0.0, 0.0], [0.0, 10.0, 0.0], [0.0, 0.0, 10.0]]
        points = [[c + rng.gauss(0, 1) for c in centers[i % 4]] for i in range(5000)]
        start = [[1.0, 1.0, 1.0], [9.0, 1.0, 1.0], [1.0, 9.0, 1.0], [1.0, 1.0, 9.0]]
        centroids, assignments = kmeans(points, start)
        self.assertEqual(len(assignments), 5000)
        for i, point in enumerate(points):
            distances = [squared_distance(point, c) for c in centroids]
            self.assertEqual(assignments[i], distances.index(min(distances)), msg=f"point {i} is not with its nearest centroid")
        for c, centroid in enumerate(centroids):
            members = [p for p, a in zip(points, assignments) if a == c]
            mean = [sum(p[j] for p in members) / len(members) for j in range(3)]
            self.assertPointsAlmostEqual([centroid], [mean])
            self.assertLess(squared_distance(centroid, centers[c]), 0.1, msg=f"centroid {c} is far from its blob")


class TestKMeansPlusPlusInit(unittest.TestCase):
    def test_chosen_points_are_distinct_copies(self):
        for seed in range(100):
            points = [[0.0], [0.0], [5.0], [5.0], [9.0]]
            chosen = kmeans_plus_plus_init(points, 3, random.Random(seed))
            self.assertEqual(sorted(chosen), [[0.0], [5.0], [9.0]], msg="a point at distance 0 must never be picked again")
            chosen[0][0] = 123.0
            self.assertEqual(points, [[0.0], [0.0], [5.0], [5.0], [9.0]], msg="return copies, not the input lists")

    def test_seeding_draws_from_the_given_rng(self):
        points = [[float(i), float(i * i % 17)] for i in range(60)]
        first = kmeans_plus_plus_init(points, 8, random.Random(99))
        self.assertEqual(len(first), 8)
        for _ in range(5):
            self.assertEqual(kmeans_plus_plus_init(points, 8, random.Random(99)), first, msg="the same seed gives the same centroids")
        others = [kmeans_plus_plus_init(points, 8, random.Random(seed)) for seed in range(5)]
        self.assertTrue(any(other != first for other in others), msg="other seeds give other centroids")

    def test_far_apart_groups_get_one_centroid_each(self):
        group_a = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0]]
        group_b = [[1000.0, 1000.0], [1000.0, 1001.0], [1001.0, 1000.0]]
        for seed in range(200):
            chosen = kmeans_plus_plus_init(group_a + group_b, 2, random.Random(seed))
            self.assertEqual(len(chosen), 2)
            in_a = sum(1 for c in chosen if c in group_a)
            self.assertEqual(in_a, 1, msg=f"seed {seed}: {chosen}")

    def test_first_centroid_is_uniform(self):
        rng = random.Random(11)
        points = [[0.0], [1.0], [2.0], [3.0]]
        counts = {0.0: 0, 1.0: 0, 2.0: 0, 3.0: 0}
        runs = 4000
        for _ in range(runs):
            counts[kmeans_plus_plus_init(points, 1, rng)[0][0]] += 1
        for value, count in counts.items():
            self.assertAlmostEqual(count / runs, 0.25, delta=0.04, msg=f"point {value}: {count} of {runs}")

    def test_second_centroid_follows_squared_distance(self):
        # Points 0, 1, 3: P({0,1}) = 1/3*1/10 + 1/3*1/5 = 0.1,
        # P({0,3}) = 1/3*9/10 + 1/3*9/13, P({1,3}) = 1/3*4/5 + 1/3*4/13.
        expected = {(0.0, 1.0): 0.1, (0.0, 3.0): 0.3 + 3 / 13, (1.0, 3.0): 4 / 15 + 4 / 39}
        rng = random.Random(2024)
        counts = {pair: 0 for pair in expected}
        runs = 3000
        for _ in range(runs):
            chosen = kmeans_plus_plus_init([[0.0], [1.0], [3.0]], 2, rng)
            pair = tuple(sorted(c[0] for c in chosen))
            self.assertIn(pair, counts, msg=f"picked the same point twice: {chosen}")
            counts[pair] += 1
        for pair, probability in expected.items():
            self.assertAlmostEqual(counts[pair] / runs, probability, delta=0.04, msg=f"pair {pair}: {counts[pair]} of {runs}")


if __name__ == "__main__":
    unittest.main()
