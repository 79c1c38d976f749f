import math
import unittest

from solution import beam_search

END = 0


def table_model(table, default=None):
    """A model from a table {prefix tuple: {token: probability}}; records every call."""
    calls = []

    def next_log_probs(prefix):
        prefix = tuple(prefix)
        calls.append(prefix)
        probabilities = table.get(prefix, default)
        if probabilities is None:
            raise KeyError(f"the model was asked about {prefix}, which it never expected")
        return {token: math.log(p) for token, p in probabilities.items()}

    return next_log_probs, calls


def random_model(seed, vocabulary):
    """A deterministic pseudo-random model over tokens 0 (END) .. vocabulary - 1 (the same as the TypeScript tests)."""

    def next_log_probs(prefix):
        state = seed
        for token in prefix:
            state = (state * 31 + token + 1) % 2147483647
        weights = []
        for _ in range(vocabulary):
            state = (state * 48271 + 11) % 2147483647
            weights.append(1 + state % 100)
        total = sum(weights)
        return {token: math.log(w / total) for token, w in enumerate(weights)}

    return next_log_probs


def greedy(next_log_probs, max_length, alpha):
    tokens, score = [], 0.0
    while len(tokens) < max_length:
        options = next_log_probs(tuple(tokens))
        token = min(options, key=lambda t: (-options[t], t))
        tokens.append(token)
        score += options[token]
        if token == END:
            break
    return tokens, score / len(tokens) ** alpha


def exhaustive(next_log_probs, max_length, alpha):
    """The best complete sequence over all of them, summing log-probabilities in the same order."""
    best = None

    def visit(tokens, score):
        nonlocal best
        for token, log_prob in next_log_probs(tuple(tokens)).items():
            sequence, total = tokens + [token], score + log_prob
            if token == END or len(sequence) == max_length:
                key = (-(total / len(sequence) ** alpha), sequence)
                if best is None or key < best:
                    best = key
            else:
                visit(sequence, total)

    visit([], 0.0)
    return best[1], -best[0]


EXAMPLE_1 = {
    (): {1: 0.5, 2: 0.4, END: 0.1},
    (1,): {1: 0.3, 2: 0.3, END: 0.4},
    (2,): {END: 0.9, 1: 0.05, 2: 0.05},
}
EXAMPLE_2 = {(): {END: 0.4, 1: 0.35, 2: 0.25}, (1,): {1: 0.5, 2: 0.5}, (2,): {1: 0.5, 2: 0.5}}
EXAMPLE_2_DEFAULT = {END: 0.5, 1: 0.3, 2: 0.2}


class TestBeamSearch(unittest.TestCase):
    def assertResult(self, actual, tokens, score):
        self.assertEqual(list(actual[0]), tokens, msg=f"got {actual}")
        self.assertAlmostEqual(actual[1], score, delta=1e-9, msg=f"got {actual}")

    def test_example_1_beam_search_beats_greedy(self):
        model, _ = table_model(EXAMPLE_1)
        self.assertResult(beam_search(model, 2, 2, END), [2, END], math.log(0.4) + math.log(0.9))
        self.assertResult(beam_search(model, 1, 2, END), [1, END], math.log(0.5) + math.log(0.4))

    def test_example_2_finished_hypotheses_are_kept(self):
        model, _ = table_model(EXAMPLE_2, EXAMPLE_2_DEFAULT)
        # [END] finishes at step 1 with 0.4; every longer hypothesis ends up below it.
        self.assertResult(beam_search(model, 2, 3, END), [END], math.log(0.4))

    def test_example_2_length_normalisation(self):
        model, _ = table_model(EXAMPLE_2, EXAMPLE_2_DEFAULT)
        # With alpha = 1 the score is the mean log-probability per token: [1, 1, END] (and the
        # equally good [1, 2, END]) beat [END]; the tie goes to the smaller sequence.
        expected = (math.log(0.35) + math.log(0.5) + math.log(0.5)) / 3
        self.assertResult(beam_search(model, 2, 3, END, alpha=1.0), [1, 1, END], expected)
        self.assertResult(beam_search(model, 2, 3, END, alpha=0.5), [END], math.log(0.4))

    def test_hypotheses_cut_off_at_max_length_compete(self):
        model, _ = table_model({}, {END: 0.1, 1: 0.6, 2: 0.3})
        self.assertResult(beam_search(model, 2, 3, END), [1, 1, 1], 3 * math.log(0.6))
        self.assertResult(beam_search(model, 3, 1, END), [1], math.log(0.6))

    def test_ties_go_to_the_smaller_sequence(self):
        # The table lists the tokens in descending order, so keeping ties in the order they were
        # generated is not the same as the stated rule.
        model, _ = table_model({}, {3: 0.3, 2: 0.3, 1: 0.3, END: 0.1})
        self.assertResult(beam_search(model, 2, 3, END), [1, 1, 1], 3 * math.log(0.3))
        model, _ = table_model({}, {3: 0.25, 2: 0.25, 1: 0.25, END: 0.25})
        self.assertResult(beam_search(model, 2, 2, END, alpha=1.0), [END], math.log(0.25))

    def test_end_token_first(self):
        model, calls = table_model({(): {END: 1.0}})
        self.assertResult(beam_search(model, 3, 5, END), [END], 0.0)
        self.assertEqual(calls, [()])

    def test_width_one_is_greedy(self):
        for seed in range(1, 40):
            model = random_model(seed, 4)
            for alpha in (0.0, 0.6):
                expected_tokens, expected_score = greedy(model, 6, alpha)
                self.assertResult(beam_search(model, 1, 6, END, alpha=alpha), expected_tokens, expected_score)

    def test_a_wide_beam_is_exhaustive_search(self):
        for seed in range(1, 30):
            model = random_model(seed * 7919, 4)
            for alpha in (0.0, 1.0):
                expected_tokens, expected_score = exhaustive(model, 4, alpha)
                self.assertResult(beam_search(model, 200, 4, END, alpha=alpha), expected_tokens, expected_score)

    def test_model_called_once_per_live_hypothesis(self):
        model, calls = table_model(EXAMPLE_2, EXAMPLE_2_DEFAULT)
        beam_search(model, 2, 3, END)
        self.assertEqual(sorted(calls), [(), (1,), (1, 1), (1, 2)])
        model = random_model(99, 5)
        seen = []

        def counting(prefix):
            seen.append(tuple(prefix))
            return model(prefix)

        beam_search(counting, 3, 8, END)
        self.assertLessEqual(len(seen), 3 * 8 - 2, msg="at most beam_width calls per step (one at the first)")
        self.assertEqual(len(seen), len(set(seen)), msg="a prefix was expanded twice")
        self.assertFalse(any(p and p[-1] == END for p in seen), msg="a finished hypothesis was extended")

    def test_invalid_arguments_raise(self):
        model, _ = table_model(EXAMPLE_1)
        self.assertResult(beam_search(model, 1, 1, END), [1], math.log(0.5))
        with self.assertRaises(ValueError):
            beam_search(model, 0, 2, END)
        with self.assertRaises(ValueError):
            beam_search(model, 2, 0, END)


if __name__ == "__main__":
    unittest.main()
