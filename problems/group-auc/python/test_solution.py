import math
import operator
import unittest

from solution import group_auc


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


def counted_scores(values, limit):
    """values as floats that count every comparison made between them (<, <=, >, >=, ==, !=).

    As soon as more than limit comparisons have been made the comparison itself fails the
    test, so a solution that compares every (positive, negative) pair stops early instead of
    running for a minute. Returns the scores and a function giving the count so far.
    """
    used = 0

    def counting(compare):
        def method(self, other):
            nonlocal used
            used += 1
            if used > limit:
                raise AssertionError(f"more than {limit:,} score comparisons for {len(values):,} impressions: is it comparing every pair?")
            return compare(float(self), float(other))

        return method

    class Score(float):
        __lt__ = counting(operator.lt)
        __le__ = counting(operator.le)
        __gt__ = counting(operator.gt)
        __ge__ = counting(operator.ge)
        __eq__ = counting(operator.eq)
        __ne__ = counting(operator.ne)
        __hash__ = float.__hash__

    return [Score(v) for v in values], lambda: used


def pairwise_auc(scores, labels):
    """O(P * N) definition for one user, for checking small inputs."""
    wins, pairs = 0.0, 0
    for si, yi in zip(scores, labels):
        for sj, yj in zip(scores, labels):
            if yi == 1 and yj == 0:
                pairs += 1
                wins += 1.0 if si > sj else 0.5 if si == sj else 0.0
    return wins / pairs


def brute_force_gauc(user_ids, scores, labels):
    weighted, total = 0.0, 0
    for user in set(user_ids):
        rows = [i for i, u in enumerate(user_ids) if u == user]
        s = [scores[i] for i in rows]
        y = [labels[i] for i in rows]
        if 0 < sum(y) < len(y):
            weighted += len(rows) * pairwise_auc(s, y)
            total += len(rows)
    return weighted / total


class TestGroupAuc(unittest.TestCase):
    def test_example_1_weighted_by_impressions(self):
        users = ["u1", "u1", "u1", "u2", "u2", "u2", "u2", "u3", "u3"]
        scores = [0.9, 0.4, 0.6, 0.2, 0.8, 0.5, 0.3, 0.7, 0.1]
        labels = [1, 0, 0, 1, 1, 0, 0, 0, 0]
        # u1: AUC 1 over 3 impressions; u2: AUC 0.5 over 4; u3 has no positive and is skipped.
        self.assertAlmostEqual(group_auc(users, scores, labels), 5 / 7, delta=1e-9)

    def test_example_2_ties_count_one_half(self):
        self.assertAlmostEqual(group_auc(["a"] * 4, [0.5, 0.5, 0.5, 0.9], [1, 0, 0, 1]), 0.75, delta=1e-9)
        self.assertAlmostEqual(group_auc(["a"] * 4, [0.3] * 4, [1, 0, 1, 0]), 0.5, delta=1e-9)

    def test_single_class_users_are_skipped(self):
        users = ["ok", "ok", "clicker", "clicker", "clicker", "skipper"]
        scores = [0.9, 0.1, 0.2, 0.3, 0.4, 0.99]
        labels = [1, 0, 1, 1, 1, 0]
        self.assertAlmostEqual(group_auc(users, scores, labels), 1.0, delta=1e-9, msg="only 'ok' counts, with its own weight")
        users = users + ["bad", "bad"]
        scores = scores + [0.1, 0.9]
        labels = labels + [1, 0]
        self.assertAlmostEqual(group_auc(users, scores, labels), 0.5, delta=1e-9, msg="'ok' (AUC 1) and 'bad' (AUC 0), 2 impressions each")

    def test_the_weight_is_the_number_of_impressions(self):
        # 'heavy': 8 impressions, 1 click, AUC 0.25; 'light': 2 impressions, 1 click, AUC 1.
        users = ["heavy"] * 8 + ["light"] * 2
        scores = [0.5, 0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.6, 0.1]
        labels = [1, 0, 0, 0, 0, 0, 0, 0, 1, 0]
        heavy = pairwise_auc(scores[:8], labels[:8])
        self.assertAlmostEqual(heavy, 3 / 7, delta=1e-12)
        expected = (8 * heavy + 2 * 1.0) / 10
        self.assertAlmostEqual(group_auc(users, scores, labels), expected, delta=1e-9, msg="not the plain mean (0.714) of the two AUCs")

    def test_one_user_is_plain_auc(self):
        scores = [0.05, 0.7, 0.3, 0.3, 0.9, 0.1, 0.6]
        labels = [0, 1, 0, 1, 1, 0, 0]
        self.assertAlmostEqual(group_auc([7] * 7, scores, labels), pairwise_auc(scores, labels), delta=1e-9)

    def test_row_order_does_not_matter(self):
        users = ["u1", "u2", "u1", "u2", "u1", "u2", "u2"]
        scores = [0.9, 0.2, 0.4, 0.8, 0.6, 0.5, 0.3]
        labels = [1, 1, 0, 1, 0, 0, 0]
        expected = (3 * 1.0 + 4 * 0.5) / 7
        self.assertAlmostEqual(group_auc(users, scores, labels), expected, delta=1e-9)
        rows = list(zip(users, scores, labels))[::-1]
        self.assertAlmostEqual(group_auc(*map(list, zip(*rows))), expected, delta=1e-9)

    def test_matches_the_pairwise_definition_on_random_logs(self):
        rng = mulberry32(5)
        for trial in range(40):
            n = 2 + math.floor(rng() * 79)
            users = [math.floor(rng() * 7) for _ in range(n)]
            scores = [math.floor(rng() * 10 + 0.5) / 10 for _ in range(n)]  # one decimal: many ties
            labels = [0 if rng() < 0.5 else 1 for _ in range(n)]
            users[0], users[1], labels[0], labels[1] = 0, 0, 0, 1
            self.assertAlmostEqual(group_auc(users, scores, labels), brute_force_gauc(users, scores, labels), delta=1e-9, msg=f"trial {trial}")

    def test_invalid_inputs_raise(self):
        self.assertAlmostEqual(group_auc(["a", "a"], [0.1, 0.2], [0, 1]), 1.0, delta=1e-9)
        with self.assertRaises(ValueError):
            group_auc(["a", "a"], [0.1, 0.2], [1, 1])
        with self.assertRaises(ValueError):
            group_auc(["a", "b"], [0.1, 0.2], [0, 1])
        with self.assertRaises(ValueError):
            group_auc([], [], [])
        with self.assertRaises(ValueError):
            group_auc(["a", "a"], [0.1, 0.2, 0.3], [0, 1])

    def test_inputs_are_not_modified(self):
        users = ["b", "a", "b", "a"]
        scores = [0.4, 0.1, 0.2, 0.9]
        labels = [1, 0, 0, 1]
        group_auc(users, scores, labels)
        self.assertEqual((users, scores, labels), (["b", "a", "b", "a"], [0.4, 0.1, 0.2, 0.9], [1, 0, 0, 1]))

    def test_a_big_user_takes_n_log_n_comparisons(self):
        # One user with 10,000 impressions. Sorting their scores takes about n log2 n = 133,000
        # comparisons; comparing every (positive, negative) pair takes about 25,000,000. The scores
        # count the comparisons made between them and fail the test past 8 n log2 n.
        rng = mulberry32(2024)
        n = 10_000
        values = [float(math.floor(rng() * 1000)) for _ in range(n)]
        labels = [1 if rng() < s / 1000 else 0 for s in values]
        positives = [0] * 1000
        negatives = [0] * 1000
        for s, y in zip(values, labels):
            (positives if y else negatives)[int(s)] += 1
        wins, below = 0.0, 0
        for v in range(1000):
            wins += positives[v] * (below + 0.5 * negatives[v])
            below += negatives[v]
        expected = wins / (sum(positives) * sum(negatives))
        scores, comparisons = counted_scores(values, 8 * n * math.ceil(math.log2(n)))
        self.assertAlmostEqual(group_auc(["big"] * n, scores, labels), expected, delta=1e-9)
        self.assertGreater(comparisons(), 0, msg="test setup: the scores count comparisons")

if __name__ == "__main__":
    unittest.main()
