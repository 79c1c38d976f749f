import unittest

from solution import effective_sample_size, ips_estimate, snips_estimate

EXAMPLE_LOGS = [("u1", "v1", 1.0, 0.5), ("u1", "v2", 0.0, 0.25), ("u2", "v1", 0.0, 0.8), ("u2", "v3", 1.0, 0.1)]
EXAMPLE_TARGET = {("u1", "v1"): 0.8, ("u1", "v2"): 0.2, ("u2", "v1"): 0.1, ("u2", "v3"): 0.9}

# Two equally likely contexts, three actions.
LOGGING = {"teen": {"a": 0.5, "b": 0.25, "c": 0.25}, "adult": {"a": 0.25, "b": 0.25, "c": 0.5}}
TARGET = {"teen": {"a": 0.0, "b": 0.5, "c": 0.5}, "adult": {"a": 0.7, "b": 0.3, "c": 0.0}}
MEAN_REWARD = {"teen": {"a": 0.1, "b": 0.6, "c": 0.3}, "adult": {"a": 0.8, "b": 0.2, "c": 0.4}}
TRUE_VALUE = 0.535  # 0.5 * (0.5 * 0.6 + 0.5 * 0.3) + 0.5 * (0.7 * 0.8 + 0.3 * 0.2)


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


def table_policy(table):
    return lambda context, action: table.get((context, action), 0.0)


def target(context, action):
    return TARGET[context][action]


def exact_log():
    """16 events in which every (context, action) appears exactly as often as the logging policy expects."""
    logs = []
    for context, probabilities in LOGGING.items():
        for action, propensity in probabilities.items():
            logs += [(context, action, MEAN_REWARD[context][action], propensity)] * round(8 * propensity)
    return logs


class TestOffPolicyEstimators(unittest.TestCase):
    def test_example_1_ips_and_snips(self):
        policy = table_policy(EXAMPLE_TARGET)
        # Weights 1.6, 0.8, 0.125 and 9.
        self.assertAlmostEqual(ips_estimate(EXAMPLE_LOGS, policy), 2.65, delta=1e-9)
        self.assertAlmostEqual(snips_estimate(EXAMPLE_LOGS, policy), 10.6 / 11.525, delta=1e-9)

    def test_example_2_clipping_at_m(self):
        policy = table_policy(EXAMPLE_TARGET)
        self.assertAlmostEqual(ips_estimate(EXAMPLE_LOGS, policy, clip=5.0), 1.65, delta=1e-9)
        self.assertAlmostEqual(snips_estimate(EXAMPLE_LOGS, policy, clip=5.0), 6.6 / 7.525, delta=1e-9)
        self.assertAlmostEqual(ips_estimate(EXAMPLE_LOGS, policy, clip=100.0), 2.65, delta=1e-9, msg="a clip above every weight changes nothing")

    def test_unbiased_on_a_log_that_matches_its_expectation(self):
        logs = exact_log()
        self.assertEqual(len(logs), 16)
        naive = sum(event[2] for event in logs) / len(logs)
        self.assertAlmostEqual(naive, 0.3625, delta=1e-9, msg="test setup: the logging policy's own value")
        self.assertAlmostEqual(ips_estimate(logs, target), TRUE_VALUE, delta=1e-9)
        self.assertAlmostEqual(snips_estimate(logs, target), TRUE_VALUE, delta=1e-9)

    def test_clipping_caps_each_weight(self):
        logs = exact_log()
        # Weights: teen b and c 2.0, adult a 2.8, adult b 1.2, the rest 0; clip = 2 caps adult a only.
        expected = (2 * 2.0 * 0.6 + 2 * 2.0 * 0.3 + 2 * 2.0 * 0.8 + 2 * 1.2 * 0.2) / 16
        self.assertAlmostEqual(ips_estimate(logs, target, clip=2.0), expected, delta=1e-9)
        self.assertAlmostEqual(snips_estimate(logs, target, clip=2.0), expected * 16 / 14.4, delta=1e-9)
        self.assertAlmostEqual(ips_estimate(logs, target, clip=0.5), 0.5 * (2 * 0.6 + 2 * 0.3 + 2 * 0.8 + 2 * 0.2) / 16, delta=1e-9)

    def test_converges_on_a_large_random_log(self):
        rng = mulberry32(2024)
        logs = []
        for _ in range(100_000):
            context = "teen" if rng() < 0.5 else "adult"
            u, cumulative, action = rng(), 0.0, "c"
            for a, p in LOGGING[context].items():
                cumulative += p
                if u < cumulative:
                    action = a
                    break
            reward = 1.0 if rng() < MEAN_REWARD[context][action] else 0.0
            logs.append((context, action, reward, LOGGING[context][action]))
        self.assertAlmostEqual(ips_estimate(logs, target), TRUE_VALUE, delta=0.015)
        self.assertAlmostEqual(snips_estimate(logs, target), TRUE_VALUE, delta=0.015)

    def test_on_policy_logs_give_the_mean_reward(self):
        logs = exact_log()
        logging_policy = lambda context, action: LOGGING[context][action]  # noqa: E731
        self.assertAlmostEqual(ips_estimate(logs, logging_policy), 0.3625, delta=1e-9)
        self.assertAlmostEqual(snips_estimate(logs, logging_policy), 0.3625, delta=1e-9)
        self.assertAlmostEqual(effective_sample_size(logs, logging_policy), 16.0, delta=1e-9)

    def test_snips_normalises_by_the_total_weight(self):
        # A constant reward c: SNIPS returns exactly c, IPS returns c times the mean weight.
        logs = [(x, a, 0.7, p) for x, a, _r, p in EXAMPLE_LOGS]
        policy = table_policy(EXAMPLE_TARGET)
        self.assertAlmostEqual(snips_estimate(logs, policy), 0.7, delta=1e-9)
        self.assertAlmostEqual(ips_estimate(logs, policy), 0.7 * 11.525 / 4, delta=1e-9)
        shifted = [(x, a, r + 1.0, p) for x, a, r, p in EXAMPLE_LOGS]
        self.assertAlmostEqual(snips_estimate(shifted, policy), snips_estimate(EXAMPLE_LOGS, policy) + 1.0, delta=1e-9)

    def test_effective_sample_size(self):
        policy = table_policy(EXAMPLE_TARGET)
        self.assertAlmostEqual(effective_sample_size(EXAMPLE_LOGS, policy), 11.525**2 / 84.215625, delta=1e-9)
        self.assertAlmostEqual(effective_sample_size(EXAMPLE_LOGS, policy, clip=5.0), 7.525**2 / 28.215625, delta=1e-9)
        self.assertAlmostEqual(effective_sample_size(exact_log(), target), 256 / 34.56, delta=1e-9)

    def test_zero_propensity_is_rejected_with_a_clear_error(self):
        policy = table_policy(EXAMPLE_TARGET)
        self.assertAlmostEqual(ips_estimate(EXAMPLE_LOGS, policy), 2.65, delta=1e-9)
        for bad in (0.0, -0.2, 1.5):
            logs = EXAMPLE_LOGS[:2] + [("u2", "v1", 0.0, bad)] + EXAMPLE_LOGS[3:]
            for estimator in (ips_estimate, snips_estimate, effective_sample_size):
                with self.assertRaisesRegex(ValueError, "propensity", msg=f"{estimator.__name__} with propensity {bad}"):
                    estimator(logs, policy)

    def test_other_invalid_inputs(self):
        policy = table_policy(EXAMPLE_TARGET)
        self.assertAlmostEqual(snips_estimate(EXAMPLE_LOGS, policy, clip=5.0), 6.6 / 7.525, delta=1e-9)
        for estimator in (ips_estimate, snips_estimate, effective_sample_size):
            with self.assertRaises(ValueError, msg=f"{estimator.__name__}: empty log"):
                estimator([], policy)
            for clip in (0.0, -1.0):
                with self.assertRaises(ValueError, msg=f"{estimator.__name__}: clip {clip}"):
                    estimator(EXAMPLE_LOGS, policy, clip=clip)
            for probability in (1.2, -0.1):
                with self.assertRaises(ValueError, msg=f"{estimator.__name__}: target probability {probability}"):
                    estimator(EXAMPLE_LOGS, lambda x, a, p=probability: p)
        never = lambda context, action: 0.0  # noqa: E731
        self.assertEqual(ips_estimate(EXAMPLE_LOGS, never), 0.0)
        with self.assertRaises(ValueError, msg="SNIPS with every weight 0"):
            snips_estimate(EXAMPLE_LOGS, never)

    def test_the_target_policy_is_asked_about_each_logged_pair(self):
        calls = []

        def recording(context, action):
            calls.append((context, action))
            return EXAMPLE_TARGET.get((context, action), 0.0)

        ips_estimate(EXAMPLE_LOGS, recording)
        self.assertEqual(sorted(set(calls)), sorted((x, a) for x, a, _r, _p in EXAMPLE_LOGS))


if __name__ == "__main__":
    unittest.main()
