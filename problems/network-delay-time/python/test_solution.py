import unittest

from solution import network_delay_time


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def bellman_ford(times, n, k):
    """Relax every link n - 1 times: slow, but obviously correct."""
    infinity = float("inf")
    best = [infinity] * (n + 1)
    best[k] = 0
    for _ in range(n - 1):
        for source, target, delay in times:
            if best[source] + delay < best[target]:
                best[target] = best[source] + delay
    latest = max(best[1:])
    return -1 if latest == infinity else latest


class ReadBudgetExceeded(AssertionError):
    pass


class BudgetedList(list):
    """A list that counts element reads (indexing, slicing, iterating) and fails once they pass a budget."""

    def __init__(self, values, budget):
        super().__init__(values)
        self.budget = budget
        self.reads = 0

    def _charge(self, count):
        self.reads += count
        if self.reads > self.budget:
            raise ReadBudgetExceeded(f"more than {self.budget} reads of {len(self)} links: build adjacency lists once")

    def __getitem__(self, index):
        self._charge(len(range(*index.indices(len(self)))) if isinstance(index, slice) else 1)
        return super().__getitem__(index)

    def __iter__(self):
        for i in range(len(self)):
            self._charge(1)
            yield super().__getitem__(i)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            self._charge(1)
            yield super().__getitem__(i)


def chain_with_shortcuts(n, shortcuts):
    """A chain of 1 ms links 1 -> 2 -> ... -> n, listed from its far end, plus shortcuts that take
    fewer hops but are never faster: from server 1, server n hears the change at time n - 1."""
    rng = Lcg(n)
    times = [[i, i + 1, 1] for i in range(n - 1, 0, -1)]
    for _ in range(shortcuts):
        source = 1 + rng.below(n)
        target = 1 + rng.below(n)
        times.append([source, target, max(0, target - source) + 1 + rng.below(50)])
    return times


class TestNetworkDelayTime(unittest.TestCase):
    def test_example_1_a_relay_beats_the_direct_link(self):
        times = [[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 1], [3, 4, 5]]
        self.assertEqual(network_delay_time(times, 4, 1), 4)

    def test_example_2_an_unreachable_node(self):
        self.assertEqual(network_delay_time([[1, 2, 1], [3, 1, 1]], 3, 1), -1)

    def test_example_3_a_single_node(self):
        self.assertEqual(network_delay_time([], 1, 1), 0)

    def test_links_are_one_way(self):
        self.assertEqual(network_delay_time([[1, 2, 5]], 2, 2), -1)
        self.assertEqual(network_delay_time([[1, 2, 5], [2, 3, 1]], 3, 2), -1)

    def test_more_hops_can_be_faster(self):
        self.assertEqual(network_delay_time([[1, 4, 10], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 4, 1), 3)

    def test_a_node_first_reached_by_a_slow_link_is_improved_later(self):
        self.assertEqual(network_delay_time([[1, 2, 10], [1, 3, 1], [3, 2, 1]], 3, 1), 2)
        times = [[1, 2, 9], [1, 3, 2], [3, 4, 2], [4, 2, 2], [2, 5, 1]]
        self.assertEqual(network_delay_time(times, 5, 1), 7)

    def test_parallel_links_self_loops_and_zero_delays(self):
        self.assertEqual(network_delay_time([[1, 2, 7], [1, 2, 3], [2, 2, 1], [2, 1, 0]], 2, 1), 3)
        self.assertEqual(network_delay_time([[1, 2, 0], [2, 3, 0], [3, 4, 0]], 4, 1), 0)

    def test_the_source_need_not_be_node_1(self):
        times = [[3, 1, 2], [3, 5, 6], [1, 2, 1], [2, 5, 2], [5, 4, 4], [4, 3, 1]]
        self.assertEqual(network_delay_time(times, 5, 3), 9)

    def test_the_input_is_not_modified(self):
        times = [[2, 1, 3], [1, 3, 4], [2, 3, 8]]
        self.assertEqual(network_delay_time(times, 3, 2), 7)
        self.assertEqual(times, [[2, 1, 3], [1, 3, 4], [2, 3, 8]])

    def test_seeded_random_graphs_match_bellman_ford(self):
        rng = Lcg(17)
        for trial in range(300):
            n = 1 + rng.below(8)
            times = [[1 + rng.below(n), 1 + rng.below(n), rng.below(20)] for _ in range(rng.below(3 * n + 1))]
            k = 1 + rng.below(n)
            self.assertEqual(network_delay_time(times, n, k), bellman_ford(times, n, k), msg=f"trial {trial}: n={n}, k={k}, times={times}")

    def test_large_networks_read_each_link_a_few_times_at_most(self):
        # 10,000 servers on a chain listed so that one pass over all links moves the change only
        # one server further, and 20,000 shortcuts. Relaxing every link until nothing changes
        # (Bellman-Ford) reads the whole list once per pass, thousands of times here; Dijkstra
        # reads it once, to build adjacency lists.
        n = 10_000
        times = chain_with_shortcuts(n, 2 * n)
        self.assertEqual(network_delay_time(BudgetedList(times, 4 * len(times)), n, 1), n - 1)
        mirrored = [[n + 1 - source, n + 1 - target, delay] for source, target, delay in times]  # server i becomes n + 1 - i
        self.assertEqual(network_delay_time(BudgetedList(mirrored, 4 * len(mirrored)), n, n), n - 1)


if __name__ == "__main__":
    unittest.main()
