import functools
import unittest

from solution import edit_distance


class Lcg:
    """A small seeded generator, the same in the Python and TypeScript tests."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


def random_text(rng, length, letters):
    return "".join(chr(97 + rng.below(letters)) for _ in range(length))


def by_recursion(a, b):
    """The definition read literally, memoised: fine for short strings only."""

    @functools.lru_cache(maxsize=None)
    def distance(i, j):  # a[i:] to b[j:]
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return distance(i + 1, j + 1)
        return 1 + min(distance(i + 1, j + 1), distance(i + 1, j), distance(i, j + 1))

    return distance(0, 0)


class TestEditDistance(unittest.TestCase):
    def test_example_1_a_delete_and_a_replace(self):
        self.assertEqual(edit_distance("stream", "dream"), 2)

    def test_example_2_a_delete_and_an_insert(self):
        self.assertEqual(edit_distance("flaw", "lawn"), 2)

    def test_example_3_from_an_empty_string(self):
        self.assertEqual(edit_distance("", "abc"), 3)

    def test_empty_strings(self):
        self.assertEqual(edit_distance("", ""), 0)
        self.assertEqual(edit_distance("abc", ""), 3)
        self.assertEqual(edit_distance("x", ""), 1)

    def test_identical_strings(self):
        self.assertEqual(edit_distance("tiktok", "tiktok"), 0)

    def test_a_replacement_costs_one(self):
        self.assertEqual(edit_distance("abc", "abd"), 1)
        self.assertEqual(edit_distance("a", "b"), 1)
        self.assertEqual(edit_distance("abc", "xyz"), 3)
        self.assertEqual(edit_distance("ab", "wxyz"), 4)

    def test_a_shift_is_two_edits_not_many_mismatches(self):
        self.assertEqual(edit_distance("abcdef", "bcdefa"), 2)
        self.assertEqual(edit_distance("sunday", "saturday"), 3)

    def test_the_distance_is_symmetric(self):
        for a, b in [("stream", "dream"), ("flaw", "lawn"), ("abcdef", "bcdefa"), ("kayak", "yak")]:
            self.assertEqual(edit_distance(a, b), edit_distance(b, a), msg=f"{a!r}, {b!r}")

    def test_seeded_random_strings_match_the_recursive_definition(self):
        rng = Lcg(41)
        for trial in range(400):
            a = random_text(rng, rng.below(8), 3)
            b = random_text(rng, rng.below(8), 3)
            self.assertEqual(edit_distance(a, b), by_recursion(a, b), msg=f"trial {trial}: {a!r}, {b!r}")

    def test_long_strings(self):
        self.assertEqual(edit_distance("ab" * 500, "ba" * 500), 2)
        self.assertEqual(edit_distance("a" * 1000, "b" * 1000), 1000)
        self.assertEqual(edit_distance("a" * 1000, "a" * 600), 400)
        text = random_text(Lcg(43), 1000, 4)
        self.assertEqual(edit_distance(text, text[:400] + text[401:]), 1)
        self.assertEqual(edit_distance(text, ""), 1000)


if __name__ == "__main__":
    unittest.main()
