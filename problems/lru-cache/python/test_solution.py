import time
import unittest

from solution import LRUCache


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


class NaiveLru:
    """An obviously correct (and slow) model: a list of (key, value) pairs, least recently used first."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = []

    def _take(self, key):
        for i, entry in enumerate(self.entries):
            if entry[0] == key:
                return self.entries.pop(i)
        return None

    def get(self, key):
        entry = self._take(key)
        if entry is None:
            return -1
        self.entries.append(entry)
        return entry[1]

    def put(self, key, value):
        self._take(key)
        self.entries.append((key, value))
        if len(self.entries) > self.capacity:
            self.entries.pop(0)


class TestLRUCache(unittest.TestCase):
    def test_example_1_a_read_protects_a_key(self):
        cache = LRUCache(2)
        cache.put(7, 70)
        cache.put(8, 80)
        self.assertEqual(cache.get(7), 70)
        cache.put(9, 90)
        self.assertEqual(cache.get(8), -1)
        self.assertEqual(cache.get(9), 90)
        self.assertEqual(cache.get(7), 70)

    def test_example_2_rewriting_a_key_counts_as_use(self):
        cache = LRUCache(2)
        cache.put(1, 10)
        cache.put(2, 20)
        cache.put(1, 15)
        cache.put(3, 30)
        self.assertEqual(cache.get(1), 15)
        self.assertEqual(cache.get(2), -1)
        self.assertEqual(cache.get(3), 30)

    def test_example_3_capacity_one(self):
        cache = LRUCache(1)
        cache.put(5, 1)
        cache.put(6, 2)
        self.assertEqual(cache.get(5), -1)
        self.assertEqual(cache.get(6), 2)
        cache.put(6, 3)
        self.assertEqual(cache.get(6), 3)
        cache.put(5, 4)
        self.assertEqual(cache.get(6), -1)
        self.assertEqual(cache.get(5), 4)

    def test_missing_keys_return_minus_one_and_change_nothing(self):
        cache = LRUCache(2)
        self.assertEqual(cache.get(1), -1)
        cache.put(1, 100)
        cache.put(2, 200)
        self.assertEqual(cache.get(3), -1)  # a miss is not a use of anything
        cache.put(4, 400)  # so key 1 is still the least recently used
        self.assertEqual(cache.get(1), -1)
        self.assertEqual(cache.get(2), 200)
        self.assertEqual(cache.get(4), 400)

    def test_rewriting_a_key_never_evicts(self):
        cache = LRUCache(2)
        cache.put(1, 1)
        cache.put(2, 2)
        for value in range(3, 50):
            cache.put(2, value)
        cache.put(1, 50)
        self.assertEqual(cache.get(1), 50)
        self.assertEqual(cache.get(2), 49)

    def test_eviction_follows_use_not_insertion(self):
        cache = LRUCache(3)
        cache.put(1, 11)
        cache.put(2, 22)
        cache.put(3, 33)
        self.assertEqual(cache.get(1), 11)
        self.assertEqual(cache.get(2), 22)
        cache.put(4, 44)  # evicts 3, the only key not used since it was written
        self.assertEqual(cache.get(3), -1)
        cache.put(5, 55)  # the use order is now 1, 2, 4, 5: evicts 1
        self.assertEqual(cache.get(1), -1)
        self.assertEqual(cache.get(2), 22)
        self.assertEqual(cache.get(4), 44)
        self.assertEqual(cache.get(5), 55)

    def test_zero_and_negative_keys_and_zero_values(self):
        cache = LRUCache(3)
        cache.put(0, 0)
        cache.put(-5, 7)
        cache.put(-1000000000, 1000000000)
        self.assertEqual(cache.get(0), 0)
        self.assertEqual(cache.get(-5), 7)
        self.assertEqual(cache.get(-1000000000), 1000000000)
        self.assertEqual(cache.get(5), -1)
        cache.put(1000000000, 0)  # evicts 0, the least recently used
        self.assertEqual(cache.get(0), -1)
        self.assertEqual(cache.get(1000000000), 0)

    def test_an_evicted_key_can_come_back(self):
        cache = LRUCache(2)
        cache.put(1, 1)
        cache.put(2, 2)
        cache.put(3, 3)
        self.assertEqual(cache.get(1), -1)
        cache.put(1, 111)
        self.assertEqual(cache.get(1), 111)
        self.assertEqual(cache.get(2), -1)
        self.assertEqual(cache.get(3), 3)

    def test_caches_do_not_share_entries(self):
        first = LRUCache(2)
        second = LRUCache(2)
        first.put(1, 10)
        second.put(1, 99)
        second.put(2, 98)
        second.put(3, 97)
        self.assertEqual(first.get(1), 10)
        self.assertEqual(second.get(1), -1)
        self.assertEqual(first.get(2), -1)
        third = LRUCache(1)
        self.assertEqual(third.get(1), -1)

    def test_seeded_random_operations_match_a_naive_model(self):
        rng = Lcg(2024)
        for capacity in [1, 2, 3, 7, 20]:
            cache = LRUCache(capacity)
            model = NaiveLru(capacity)
            key_range = 2 * capacity + 3
            for step in range(4000):
                key = rng.below(key_range)
                if rng.below(2) == 0:
                    self.assertEqual(cache.get(key), model.get(key), msg=f"capacity {capacity}, step {step}: get({key})")
                else:
                    value = rng.below(1000)
                    cache.put(key, value)
                    model.put(key, value)

    def test_a_large_workload_takes_constant_time_per_call(self):
        # Capacity C = 30,000 (56,000 in the TypeScript test: JavaScript runs the slow loops
        # many times faster) and about 3.4 C calls, C / 5 of them evictions. The gets mostly
        # start from the most recently used key, the worst order for a scan from the oldest
        # end: the newer half of the keys is read twice, then every key. Keeping the use order
        # in a list, or scanning for the oldest key on each eviction, costs O(C) per call; a
        # hash map with a linked list costs O(1). The calls run in blocks of 1,000; only the
        # time inside the cache is measured, and the test stops as soon as it passes a second.
        capacity = 30_000
        evicted = capacity // 10
        last = capacity + evicted  # keys 0 .. last - 1 are put first: keys below evicted drop out
        newer_half = range(evicted + capacity // 2, last)
        calls = [("put", key, 3 * key + 1) for key in range(last)]
        calls += [("get", key, 3 * key + 1) for key in reversed(newer_half)]  # newest first
        calls += [("get", key, 3 * key + 1) for key in newer_half]  # the newest is now the smallest
        # Evicts the oldest: keys evicted .. 2 * evicted - 1.
        calls += [("put", key, 3 * key + 1) for key in range(last, last + evicted)]
        # Every key, newest first.
        calls += [("get", key, -1 if key < 2 * evicted else 3 * key + 1) for key in reversed(range(last + evicted))]
        cache = LRUCache(capacity)
        spent = 0.0
        for first in range(0, len(calls), 1000):
            block = calls[first:first + 1000]
            answers = []
            start = time.perf_counter()
            for method, key, value in block:
                if method == "put":
                    cache.put(key, value)
                else:
                    answers.append(cache.get(key))
            spent += time.perf_counter() - start
            expected = [(key, value) for method, key, value in block if method == "get"]
            for answer, (key, value) in zip(answers, expected):
                self.assertEqual(answer, value, msg=f"get({key})")
            self.assertLess(spent, 1.0, msg=f"{spent:.2f} s in the cache after {first + len(block)} calls: not O(1) per call")


if __name__ == "__main__":
    unittest.main()
