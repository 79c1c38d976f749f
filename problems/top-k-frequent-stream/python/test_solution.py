import time
import unittest

from solution import StreamTopK


def feed(tracker, items):
    for item in items:
        tracker.add(item)
    return tracker


def minstd_ids(count, seed):
    """Deterministic ids 0..998 skewed towards 0 (the same generator as the TypeScript tests)."""
    state = seed
    ids = []
    for _ in range(count):
        state = state * 48271 % 2147483647
        ids.append((state % 1000) * ((state // 1000) % 1000) // 1000)
    return ids


def brute_force_top(counts, k):
    return [item for item, _ in sorted(counts.items(), key=lambda entry: (-entry[1], entry[0]))[:k]]


class TestStreamTopK(unittest.TestCase):
    def test_example_1_trending_hashtags(self):
        tracker = feed(StreamTopK(2), ["#ai", "#rust", "#ai", "#go", "#rust", "#ai"])
        self.assertEqual(tracker.top(), ["#ai", "#rust"])

    def test_example_2_ties_go_to_the_smaller_item(self):
        tracker = feed(StreamTopK(2), ["#b", "#c", "#a"])
        self.assertEqual(tracker.top(), ["#a", "#b"])

    def test_example_3_fewer_distinct_items_than_k(self):
        tracker = feed(StreamTopK(5), ["#x", "#y", "#x"])
        self.assertEqual(tracker.top(), ["#x", "#y"])

    def test_empty_stream(self):
        self.assertEqual(StreamTopK(3).top(), [])

    def test_order_is_lexicographic_not_numeric(self):
        tracker = feed(StreamTopK(3), ["#item9", "#item10", "#item2", "#item10", "#item9", "#item2"])
        self.assertEqual(tracker.top(), ["#item10", "#item2", "#item9"])

    def test_answers_follow_the_stream(self):
        tracker = StreamTopK(2)
        tracker.add("#news")
        self.assertEqual(tracker.top(), ["#news"])
        feed(tracker, ["#sports", "#sports"])
        self.assertEqual(tracker.top(), ["#sports", "#news"])
        feed(tracker, ["#music", "#music", "#music"])
        self.assertEqual(tracker.top(), ["#music", "#sports"])
        feed(tracker, ["#news", "#news"])
        self.assertEqual(tracker.top(), ["#music", "#news"])
        tracker.add("#sports")
        self.assertEqual(tracker.top(), ["#music", "#news"], msg="all three have 3; #music and #news are smaller than #sports")

    def test_k_one_and_independent_instances(self):
        first = feed(StreamTopK(1), ["#a", "#b", "#b"])
        second = feed(StreamTopK(1), ["#a", "#a", "#b"])
        self.assertEqual(first.top(), ["#b"])
        self.assertEqual(second.top(), ["#a"])

    def test_top_does_not_change_the_state(self):
        tracker = feed(StreamTopK(3), ["#q", "#p", "#q", "#r", "#s", "#q", "#p"])
        answer = tracker.top()
        self.assertEqual(answer, ["#q", "#p", "#r"])
        answer.clear()
        answer.append("#zzz")
        self.assertEqual(tracker.top(), ["#q", "#p", "#r"])
        self.assertEqual(tracker.top(), ["#q", "#p", "#r"])

    def test_large_stream_with_periodic_queries(self):
        k = 10
        tracker = StreamTopK(k)
        counts = {}
        for index, number in enumerate(minstd_ids(200_000, 12345), start=1):
            item = "#tag" + str(number)
            tracker.add(item)
            counts[item] = counts.get(item, 0) + 1
            if index % 10_000 == 0:
                self.assertEqual(tracker.top(), brute_force_top(counts, k), msg=f"after {index} items")
        self.assertEqual(len(counts), 995)
        self.assertEqual(
            tracker.top(),
            ["#tag0", "#tag1", "#tag2", "#tag3", "#tag4", "#tag6", "#tag7", "#tag8", "#tag5", "#tag10"],
        )

    def test_frequent_queries_on_a_long_stream_answer_quickly(self):
        # 200,000 adds over 50 distinct items, with top() after every 1,000 and then after each
        # of the last 800: 999 queries. Counting as items arrive makes a query cost O(u log k)
        # for the u = 50 items; recounting the stored history costs O(n) per query. Only the
        # time spent inside the tracker (each block of adds and the query that ends it) is
        # measured, and the test stops as soon as it passes two seconds.
        k = 5
        items = ["#t" + str(number % 50) for number in minstd_ids(200_000, 2024)]
        query_after = [index for index in range(1, 200_001) if index % 1_000 == 0 or index > 199_200]
        tracker = StreamTopK(k)
        counts = {}
        spent = 0.0
        done = 0
        for index in query_after:
            block = items[done:index]
            start = time.perf_counter()
            for item in block:
                tracker.add(item)
            answer = tracker.top()
            spent += time.perf_counter() - start
            for item in block:
                counts[item] = counts.get(item, 0) + 1
            done = index
            self.assertEqual(answer, brute_force_top(counts, k), msg=f"after {index} items")
            self.assertLess(spent, 2.0, msg=f"{spent:.2f} s in the tracker after {index} items: too slow per query")


if __name__ == "__main__":
    unittest.main()
