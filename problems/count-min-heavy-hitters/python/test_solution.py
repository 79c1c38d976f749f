import array
import collections
import math
import types
import unittest

from solution import CountMinSketch, HeavyHitters

PRIME = 67_108_859


def model_parameters(depth, seed):
    """The statement's hash family, written out independently of the solution."""
    state = seed
    parameters = []
    for _ in range(depth):
        state = state * 48271 % 2147483647
        a = 1 + state % (PRIME - 1)
        state = state * 48271 % 2147483647
        parameters.append((a, state % PRIME))
    return parameters


class ModelSketch:
    """A plain Count-Min sketch used to check the solution's answers."""

    def __init__(self, width, depth, seed):
        self.width = width
        self.parameters = model_parameters(depth, seed)
        self.rows = [[0] * width for _ in range(depth)]
        self.total = 0

    def bucket(self, row, key):
        a, b = self.parameters[row]
        return (a * key + b) % PRIME % self.width

    def add(self, key, count=1):
        for row in range(len(self.rows)):
            self.rows[row][self.bucket(row, key)] += count
        self.total += count

    def estimate(self, key):
        return min(self.rows[row][self.bucket(row, key)] for row in range(len(self.rows)))


def skewed_keys(count, seed):
    """Deterministic keys: 8 hot ones (5% each), 20 warm ones (0.5% each) and 5,000 rare ones.

    The same generator as the TypeScript tests.
    """
    state = seed
    keys = []
    for _ in range(count):
        state = state * 48271 % 2147483647
        r = state % 100
        if r < 40:
            rank = r % 8
        elif r < 50:
            rank = 8 + (state // 100) % 20
        else:
            rank = 28 + (state // 100) % 5000
        keys.append(rank * 7919 + 13)
    return keys


def stored_entries(root):
    """How many entries the lists, dicts, sets and tuples reachable from root's attributes hold.

    The sketch's counters count too; a dict or set with one entry per distinct key seen is what
    the memory test looks for.
    """
    seen, stack, total = set(), [root], 0
    skipped = (str, bytes, int, float, bool, type(None), type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType)
    while stack:
        obj = stack.pop()
        if isinstance(obj, skipped) or id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, dict):
            total += len(obj)
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, (list, tuple, set, frozenset, collections.deque)):
            total += len(obj)
            stack.extend(obj)
        elif isinstance(obj, (array.array, bytearray)):
            total += len(obj)
        else:
            stack.extend(vars(obj).values() if hasattr(obj, "__dict__") else [])
            stack.extend(getattr(obj, slot, None) for cls in type(obj).__mro__ for slot in getattr(cls, "__slots__", ()))
    return total


class TestCountMinSketch(unittest.TestCase):
    def test_hash_family_matches_the_statement(self):
        sketch = CountMinSketch(10, 3, 2024)
        self.assertEqual([sketch.bucket(row, 12) for row in range(3)], [4, 2, 7])
        self.assertEqual([sketch.bucket(row, 1) for row in range(3)], [2, 4, 1])
        for width, depth, seed in [(10, 3, 2024), (1000, 5, 7), (272, 4, 987654321)]:
            sketch = CountMinSketch(width, depth, seed)
            model = ModelSketch(width, depth, seed)
            for key in [0, 1, 2, 12345, 999_983, PRIME - 1]:
                for row in range(depth):
                    self.assertEqual(sketch.bucket(row, key), model.bucket(row, key), msg=f"width {width}, seed {seed}, row {row}, key {key}")

    def test_example_1_min_over_rows_hides_a_collision(self):
        sketch = CountMinSketch(10, 3, 2024)
        sketch.add(1, 5)
        sketch.add(5, 3)
        sketch.add(9)
        # Keys 1, 5 and 9 share bucket 2 of row 0 (counter 9), but each has a row to itself.
        self.assertEqual([sketch.estimate(1), sketch.estimate(5), sketch.estimate(9)], [5, 3, 1])
        self.assertEqual(sketch.estimate(12), 0)
        self.assertEqual(sketch.total, 9)

    def test_overestimates_when_every_row_collides(self):
        sketch = CountMinSketch(4, 2, 31337)
        model = ModelSketch(4, 2, 31337)
        for key in range(20):
            sketch.add(key, key + 1)
            model.add(key, key + 1)
        for key in range(20, 40):
            self.assertEqual(sketch.estimate(key), model.estimate(key), msg=f"key {key} (never added)")
            self.assertGreater(sketch.estimate(key), 0, msg="a narrow sketch overestimates keys it never saw")

    def test_exact_when_no_key_collides(self):
        keys = [3, 141, 5926, 53589, 793238, 4626433, 8327950, 28841971]
        sketch = CountMinSketch(1000, 4, 7)
        model = ModelSketch(1000, 4, 7)
        for i, key in enumerate(keys):
            self.assertTrue(
                any(all(model.bucket(r, key) != model.bucket(r, other) for other in keys if other != key) for r in range(4)),
                msg="test setup: every key has a row of its own",
            )
            sketch.add(key, 10 * (i + 1))
        self.assertEqual([sketch.estimate(key) for key in keys], [10 * (i + 1) for i in range(len(keys))])

    def test_never_underestimates_and_takes_the_minimum_over_rows(self):
        sketch = CountMinSketch(50, 4, 99)
        model = ModelSketch(50, 4, 99)
        true_counts = {}
        for key in skewed_keys(5000, 17):
            sketch.add(key)
            model.add(key)
            true_counts[key] = true_counts.get(key, 0) + 1
        for key, count in true_counts.items():
            estimate = sketch.estimate(key)
            self.assertGreaterEqual(estimate, count, msg=f"key {key} underestimated")
            self.assertEqual(estimate, model.estimate(key), msg=f"key {key}: not the minimum of its counters")

    def test_error_bound_holds_with_the_stated_probability(self):
        epsilon, delta = 0.01, 0.01
        width, depth = CountMinSketch.dimensions(epsilon, delta)
        self.assertEqual((width, depth), (272, 5))
        sketch = CountMinSketch(width, depth, 2718281)
        true_counts = {}
        for key in skewed_keys(30_000, 4242):
            sketch.add(key)
            true_counts[key] = true_counts.get(key, 0) + 1
        n = sketch.total
        self.assertEqual(n, 30_000)
        too_far = [key for key, count in true_counts.items() if sketch.estimate(key) - count > epsilon * n]
        self.assertLessEqual(len(too_far) / len(true_counts), delta, msg=f"{len(too_far)} of {len(true_counts)} keys off by more than epsilon * N")

    def test_dimensions_from_epsilon_and_delta(self):
        self.assertEqual(CountMinSketch.dimensions(0.1, 0.05), (28, 3))
        self.assertEqual(CountMinSketch.dimensions(0.001, 0.5), (2719, 1))
        self.assertEqual(CountMinSketch.dimensions(0.5, 0.001), (6, 7))
        for epsilon, delta in [(0.0, 0.1), (-0.1, 0.1), (0.1, 0.0), (0.1, 1.0)]:
            with self.assertRaises(ValueError, msg=f"epsilon {epsilon}, delta {delta}"):
                CountMinSketch.dimensions(epsilon, delta)

    def test_counts_and_invalid_updates(self):
        sketch = CountMinSketch(16, 3, 5)
        self.assertEqual(sketch.estimate(77), 0)
        self.assertEqual(sketch.total, 0)
        sketch.add(77, 0)
        sketch.add(77, 4)
        sketch.add(77)
        self.assertEqual(sketch.estimate(77), 5)
        self.assertEqual(sketch.total, 5)
        with self.assertRaises(ValueError):
            sketch.add(77, -1)
        with self.assertRaises(ValueError):
            sketch.add(-3)
        with self.assertRaises(ValueError):
            sketch.add(PRIME)
        self.assertEqual(sketch.estimate(77), 5, msg="a rejected update changes nothing")
        self.assertEqual(sketch.total, 5)


class TestHeavyHitters(unittest.TestCase):
    def test_example_2_heavy_hitters_of_a_short_stream(self):
        hitters = HeavyHitters(0.2, 1000, 4, 7)
        for key in [5, 9, 5, 2, 5, 9, 7, 5, 9, 1]:
            hitters.add(key)
        # N = 10, threshold 2: key 5 (4 times) and key 9 (3 times).
        self.assertEqual(hitters.heavy_hitters(), [5, 9])
        self.assertEqual(hitters.estimate(5), 4)

    def test_ties_go_to_the_smaller_key_and_counts_add_up(self):
        hitters = HeavyHitters(0.25, 1000, 4, 7)
        hitters.add(40, 3)
        hitters.add(30, 3)
        hitters.add(20, 2)
        hitters.add(10, 1)
        hitters.add(20, 1)
        self.assertEqual(hitters.heavy_hitters(), [20, 30, 40], msg="all three have 3 of N = 10")
        hitters.add(10, 2)
        self.assertEqual(hitters.heavy_hitters(), [10, 20, 30, 40], msg="exactly phi * N = 3 counts")

    def test_a_diluted_key_leaves_the_heavy_hitters(self):
        hitters = HeavyHitters(0.3, 1000, 4, 7)
        hitters.add(8, 5)
        self.assertEqual(hitters.heavy_hitters(), [8])
        for key in [1, 2, 1, 2, 1, 2, 1, 2, 1, 2]:
            hitters.add(key)
        # N = 15, threshold 4.5: 8 has 5, keys 1 and 2 have 5 each.
        self.assertEqual(hitters.heavy_hitters(), [1, 2, 8])
        hitters.add(1, 5)
        hitters.add(2, 5)
        # N = 25, threshold 7.5: key 8 was heavy once but no longer is.
        self.assertEqual(hitters.heavy_hitters(), [1, 2])

    def test_queries_do_not_change_the_answers(self):
        hitters = HeavyHitters(0.1, 500, 3, 11)
        for key in skewed_keys(2000, 3):
            hitters.add(key)
        first = hitters.heavy_hitters()
        first.append(-1)
        self.assertEqual(hitters.heavy_hitters(), first[:-1])
        self.assertEqual(hitters.heavy_hitters(), first[:-1])

    def test_guarantees_on_a_skewed_stream_with_a_narrow_sketch(self):
        phi = 0.02
        hitters = HeavyHitters(phi, 64, 3, 555)
        model = ModelSketch(64, 3, 555)
        true_counts = {}
        for i, key in enumerate(skewed_keys(20_000, 8080), start=1):
            hitters.add(key)
            model.add(key)
            true_counts[key] = true_counts.get(key, 0) + 1
            if i % 1000 == 0:
                answer = hitters.heavy_hitters()
                threshold = phi * i
                truly_heavy = {k for k, c in true_counts.items() if c >= threshold}
                self.assertLessEqual(truly_heavy, set(answer), msg=f"after {i}: a key with true count >= phi * N is missing")
                for k in answer:
                    self.assertIn(k, true_counts, msg=f"after {i}: {k} was never added")
                    self.assertGreaterEqual(model.estimate(k), threshold, msg=f"after {i}: {k} is below phi * N")
                self.assertEqual(answer, sorted(answer, key=lambda k: (-model.estimate(k), k)), msg=f"after {i}: order")
        self.assertGreaterEqual(len(truly_heavy), 5)

    def test_memory_does_not_grow_with_the_number_of_distinct_keys(self):
        # 10,000 keys seen once each, interleaved with 10,000 adds spread over 5 hot keys.
        phi, width, depth = 0.05, 256, 4
        hitters = HeavyHitters(phi, width, depth, 4711)
        model = ModelSketch(width, depth, 4711)
        hot = [101, 202, 303, 404, 505]
        budget = 2 * width * depth + math.ceil(50 / phi) + 1000
        for i in range(1, 10_001):
            for key in (1_000_000 + 37 * i, hot[i % 5]):
                hitters.add(key)
                model.add(key)
            if i % 1000 == 0:
                answer = hitters.heavy_hitters()
                for k in answer:
                    self.assertGreaterEqual(model.estimate(k), phi * 2 * i, msg=f"after {2 * i} adds: {k} is below phi * N")
                stored = stored_entries(hitters)
                self.assertLessEqual(stored, budget, msg=f"{stored} stored entries after {i + 5} distinct keys: is it keeping every key it has seen?")
        self.assertEqual(sorted(answer), hot)

if __name__ == "__main__":
    unittest.main()
