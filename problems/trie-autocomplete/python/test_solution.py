import bisect
import time
import unittest

from solution import Trie


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def random_word(rng, shortest, longest, letters):
    length = shortest + rng.below(longest - shortest + 1)
    return "".join(chr(97 + rng.below(letters)) for _ in range(length))


class SortedWords:
    """An obviously correct model: the distinct words in a sorted list."""

    def __init__(self):
        self.words = []

    def insert(self, word):
        i = bisect.bisect_left(self.words, word)
        if i == len(self.words) or self.words[i] != word:
            self.words.insert(i, word)

    def suggest(self, prefix, k):
        i = bisect.bisect_left(self.words, prefix)  # the first word >= prefix; matches follow it
        found = []
        while i < len(self.words) and len(found) < k and self.words[i].startswith(prefix):
            found.append(self.words[i])
            i += 1
        return found


class TestTrie(unittest.TestCase):
    def test_example_1_lookups_and_suggestions(self):
        trie = Trie()
        for word in ["cat", "car", "cart", "dog"]:
            trie.insert(word)
        self.assertTrue(trie.search("car"))
        self.assertFalse(trie.search("ca"))
        self.assertTrue(trie.starts_with("ca"))
        self.assertEqual(trie.suggest("ca", 2), ["car", "cart"])
        self.assertEqual(trie.suggest("ca", 5), ["car", "cart", "cat"])

    def test_example_2_search_needs_a_whole_stored_word(self):
        trie = Trie()
        trie.insert("apple")
        self.assertFalse(trie.search("app"))
        self.assertTrue(trie.starts_with("app"))
        self.assertTrue(trie.search("apple"))
        self.assertTrue(trie.starts_with("apple"))
        self.assertFalse(trie.search("apples"))
        self.assertFalse(trie.starts_with("apples"))
        trie.insert("app")
        self.assertTrue(trie.search("app"))

    def test_example_3_suggestions_follow_dictionary_order(self):
        trie = Trie()
        for word in ["ab", "b", "abc", "aab", "aa"]:
            trie.insert(word)
        self.assertEqual(trie.suggest("a", 10), ["aa", "aab", "ab", "abc"])
        self.assertEqual(trie.suggest("a", 3), ["aa", "aab", "ab"])

    def test_a_prefix_that_is_a_word_comes_first(self):
        trie = Trie()
        for word in ["gone", "goal", "go", "good"]:
            trie.insert(word)
        self.assertEqual(trie.suggest("go", 2), ["go", "goal"])
        self.assertEqual(trie.suggest("goo", 3), ["good"])
        self.assertEqual(trie.suggest("good", 1), ["good"])

    def test_missing_prefixes_and_an_empty_trie(self):
        empty = Trie()
        self.assertFalse(empty.search("a"))
        self.assertFalse(empty.starts_with("a"))
        self.assertEqual(empty.suggest("a", 3), [])
        self.assertEqual(empty.suggest("", 3), [])
        trie = Trie()
        trie.insert("kite")
        self.assertFalse(trie.starts_with("kid"))
        self.assertEqual(trie.suggest("x", 3), [])
        self.assertEqual(trie.suggest("kites", 3), [])

    def test_a_word_inserted_twice_is_stored_once(self):
        trie = Trie()
        trie.insert("hi")
        trie.insert("hi")
        trie.insert("him")
        self.assertEqual(trie.suggest("h", 5), ["hi", "him"])

    def test_the_empty_prefix_suggests_the_smallest_words(self):
        trie = Trie()
        for word in ["zebra", "mango", "apple", "banana", "cherry"]:
            trie.insert(word)
        self.assertEqual(trie.suggest("", 3), ["apple", "banana", "cherry"])

    def test_separate_tries_do_not_share_words(self):
        first = Trie()
        second = Trie()
        first.insert("red")
        second.insert("blue")
        self.assertTrue(first.search("red"))
        self.assertFalse(first.search("blue"))
        self.assertFalse(second.starts_with("r"))
        self.assertEqual(second.suggest("", 5), ["blue"])

    def test_seeded_random_operations_match_a_sorted_list(self):
        rng = Lcg(31)
        trie = Trie()
        model = SortedWords()
        for step in range(3000):
            word = random_word(rng, 1, 4, 3)
            action = rng.below(4)
            if action == 0:
                trie.insert(word)
                model.insert(word)
            elif action == 1:
                self.assertEqual(trie.search(word), word in model.words, msg=f"step {step}: search({word!r})")
            elif action == 2:
                expected = len(model.suggest(word, 1)) > 0
                self.assertEqual(trie.starts_with(word), expected, msg=f"step {step}: starts_with({word!r})")
            else:
                prefix = word[: rng.below(len(word) + 1)]
                k = 1 + rng.below(6)
                self.assertEqual(trie.suggest(prefix, k), model.suggest(prefix, k), msg=f"step {step}: suggest({prefix!r}, {k})")

    def test_suggest_stays_fast_on_a_large_vocabulary(self):
        rng = Lcg(99)
        trie = Trie()
        model = SortedWords()
        words = [random_word(rng, 3, 9, 10) for _ in range(50_000)]
        for word in words:
            trie.insert(word)
        model.words = sorted(set(words))
        prefixes = [random_word(rng, 1, 2, 10) for _ in range(4_000)]
        expected = [model.suggest(prefix, 5) for prefix in prefixes]
        # Only the time inside suggest is counted; it is checked every 100 calls.
        spent = 0.0
        for i, prefix in enumerate(prefixes):
            started = time.perf_counter()
            found = trie.suggest(prefix, 5)
            spent += time.perf_counter() - started
            self.assertEqual(found, expected[i], msg=f"suggest({prefix!r}, 5)")
            if i % 100 == 99:
                self.assertLess(spent, 1.0, f"{i + 1} suggest calls took {spent:.2f} s: stop once k words are found")


if __name__ == "__main__":
    unittest.main()
