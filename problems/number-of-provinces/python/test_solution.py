import time
import unittest

from solution import Provinces


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


class LabelModel:
    """An obviously correct (and slow) model: every city carries its province's label, relabelled on a merge."""

    def __init__(self, n):
        self.label = list(range(n))

    def add_road(self, a, b):
        old, new = self.label[a], self.label[b]
        if old != new:
            self.label = [new if label == old else label for label in self.label]
        return len(set(self.label))

    def same_province(self, a, b):
        return self.label[a] == self.label[b]


class TestProvinces(unittest.TestCase):
    def test_example_1_roads_merge_provinces(self):
        provinces = Provinces(5)
        self.assertEqual(provinces.add_road(0, 1), 4)
        self.assertEqual(provinces.add_road(3, 4), 3)
        self.assertTrue(provinces.same_province(0, 1))
        self.assertFalse(provinces.same_province(1, 3))
        self.assertEqual(provinces.add_road(1, 0), 3)
        self.assertEqual(provinces.add_road(4, 1), 2)
        self.assertTrue(provinces.same_province(0, 3))
        self.assertFalse(provinces.same_province(2, 4))
        self.assertEqual(provinces.province_count(), 2)

    def test_example_2_no_roads(self):
        provinces = Provinces(4)
        self.assertEqual(provinces.province_count(), 4)
        self.assertTrue(provinces.same_province(2, 2))
        self.assertFalse(provinces.same_province(0, 3))

    def test_example_3_a_road_that_closes_a_loop_merges_nothing(self):
        provinces = Provinces(3)
        self.assertEqual(provinces.add_road(0, 1), 2)
        self.assertEqual(provinces.add_road(1, 2), 1)
        self.assertEqual(provinces.add_road(2, 0), 1)
        self.assertEqual(provinces.province_count(), 1)

    def test_a_road_from_a_city_to_itself(self):
        provinces = Provinces(3)
        self.assertEqual(provinces.add_road(2, 2), 3)
        self.assertEqual(provinces.add_road(0, 2), 2)
        self.assertEqual(provinces.add_road(0, 2), 2)

    def test_merging_two_provinces_links_all_their_cities(self):
        provinces = Provinces(6)
        provinces.add_road(0, 1)
        provinces.add_road(2, 3)
        provinces.add_road(0, 2)
        self.assertTrue(provinces.same_province(1, 3))
        self.assertTrue(provinces.same_province(3, 0))
        provinces.add_road(4, 5)
        provinces.add_road(5, 1)
        self.assertEqual(provinces.province_count(), 1)
        for city in range(6):
            self.assertTrue(provinces.same_province(city, 4), msg=f"city {city}")

    def test_cities_far_apart_on_a_long_chain(self):
        provinces = Provinces(1000)
        for city in range(999):
            provinces.add_road(city, city + 1)
        self.assertEqual(provinces.province_count(), 1)
        self.assertTrue(provinces.same_province(0, 999))
        self.assertTrue(provinces.same_province(999, 500))

    def test_separate_objects_do_not_share_roads(self):
        first = Provinces(3)
        second = Provinces(3)
        first.add_road(0, 1)
        self.assertFalse(second.same_province(0, 1))
        self.assertEqual(second.province_count(), 3)
        self.assertEqual(first.province_count(), 2)

    def test_seeded_random_roads_match_a_label_model(self):
        rng = Lcg(53)
        for trial in range(40):
            n = 1 + rng.below(30)
            provinces = Provinces(n)
            model = LabelModel(n)
            for step in range(60):
                a, b = rng.below(n), rng.below(n)
                if rng.below(3) == 0:
                    self.assertEqual(provinces.add_road(a, b), model.add_road(a, b), msg=f"trial {trial}, step {step}: add_road({a}, {b})")
                else:
                    self.assertEqual(provinces.same_province(a, b), model.same_province(a, b), msg=f"trial {trial}, step {step}: same_province({a}, {b})")

    def test_many_operations_stay_fast(self):
        # Three long chains of cities, built in the orders that make a union-find without
        # union by size and without path compression as deep as it can get, then queried
        # at their far ends (3,000 rounds of questions; 15,000 in the TypeScript test, since
        # JavaScript walks long chains many times faster). The clock is checked every 100
        # operations.
        m = 50_000
        started = time.perf_counter()
        operations = 0

        def tick():
            nonlocal operations
            operations += 1
            if operations % 100 == 0:
                elapsed = time.perf_counter() - started
                if elapsed > 1.0:
                    self.fail(f"{operations} operations took {elapsed:.2f} s: keep the trees shallow")

        provinces = Provinces(3 * m)
        for city in range(m - 1):
            provinces.add_road(city, city + 1)
            tick()
        for city in range(m, 2 * m - 1):
            provinces.add_road(city + 1, city)
            tick()
        for city in range(3 * m - 1, 2 * m, -1):
            provinces.add_road(city, city - 1)
            tick()
        self.assertEqual(provinces.province_count(), 3)
        for _ in range(3_000):
            self.assertTrue(provinces.same_province(0, m - 1))
            self.assertTrue(provinces.same_province(m, 2 * m - 1))
            self.assertTrue(provinces.same_province(3 * m - 1, 2 * m))
            self.assertEqual(provinces.add_road(m - 1, 0), 3)
            for _ in range(4):
                tick()
        self.assertFalse(provinces.same_province(0, 3 * m - 1))
        self.assertEqual(provinces.add_road(m - 1, 3 * m - 1), 2)
        self.assertTrue(provinces.same_province(0, 2 * m))


if __name__ == "__main__":
    unittest.main()
