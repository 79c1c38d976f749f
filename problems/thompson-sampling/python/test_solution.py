import random
import unittest

from solution import ThompsonSampler, sample_beta


def mean_and_variance(samples):
    mean = sum(samples) / len(samples)
    return mean, sum((x - mean) ** 2 for x in samples) / (len(samples) - 1)


class TestSampleBeta(unittest.TestCase):
    def test_beta_sampler_mean_and_variance(self):
        rng = random.Random(1)
        for alpha, beta in [(2.0, 5.0), (0.5, 0.5), (30.0, 10.0), (1.0, 1.0), (0.3, 3.0)]:
            samples = [sample_beta(alpha, beta, rng) for _ in range(20_000)]
            self.assertTrue(all(0.0 <= x <= 1.0 for x in samples), msg=f"Beta({alpha}, {beta}) left [0, 1]")
            mean, variance = mean_and_variance(samples)
            total = alpha + beta
            expected_mean = alpha / total
            expected_variance = alpha * beta / (total * total * (total + 1))
            self.assertAlmostEqual(mean, expected_mean, delta=0.012, msg=f"mean of Beta({alpha}, {beta})")
            self.assertAlmostEqual(variance, expected_variance, delta=0.1 * expected_variance, msg=f"variance of Beta({alpha}, {beta})")


class TestThompsonSampler(unittest.TestCase):
    def test_priors_start_every_arm(self):
        sampler = ThompsonSampler(3)
        self.assertEqual(sampler.alphas, [1.0, 1.0, 1.0])
        self.assertEqual(sampler.betas, [1.0, 1.0, 1.0])
        custom = ThompsonSampler(2, prior_alpha=2.0, prior_beta=5.0)
        self.assertEqual(custom.alphas, [2.0, 2.0])
        self.assertEqual(custom.betas, [5.0, 5.0])

    def test_example_updates_are_counted_exactly(self):
        sampler = ThompsonSampler(3)
        sampler.update(0, 1)
        sampler.update(0, 0)
        sampler.update(2, 1)
        sampler.update(2, 1)
        self.assertEqual(sampler.alphas, [2.0, 1.0, 3.0])
        self.assertEqual(sampler.betas, [2.0, 1.0, 1.0])

    def test_example_posterior_means(self):
        sampler = ThompsonSampler(3)
        for arm, reward in [(0, 1), (0, 0), (2, 1), (2, 1)]:
            sampler.update(arm, reward)
        means = sampler.posterior_means()
        for actual, expected in zip(means, [0.5, 0.5, 0.75]):
            self.assertAlmostEqual(actual, expected, places=12)
        self.assertEqual(len(means), 3)
        custom = ThompsonSampler(1, prior_alpha=2.0, prior_beta=5.0)
        self.assertAlmostEqual(custom.posterior_means()[0], 2 / 7, places=12)

    def test_invalid_arguments_raise(self):
        sampler = ThompsonSampler(3)
        for arm, reward in [(-1, 1), (3, 0), (0, 2), (1, -1), (1, 0.5)]:
            with self.assertRaises(ValueError, msg=f"update({arm}, {reward})"):
                sampler.update(arm, reward)
        self.assertEqual(sampler.alphas, [1.0, 1.0, 1.0], msg="a rejected update changes nothing")
        self.assertEqual(sampler.betas, [1.0, 1.0, 1.0])
        with self.assertRaises(ValueError):
            ThompsonSampler(0)
        with self.assertRaises(ValueError):
            ThompsonSampler(2, prior_alpha=0.0)
        with self.assertRaises(ValueError):
            sample_beta(0.0, 1.0, random.Random(0))

    def test_choose_returns_a_valid_arm_and_changes_nothing(self):
        rng = random.Random(2)
        single = ThompsonSampler(1)
        self.assertEqual([single.choose(rng) for _ in range(20)], [0] * 20)
        sampler = ThompsonSampler(4)
        sampler.update(1, 1)
        for _ in range(200):
            self.assertIn(sampler.choose(rng), range(4))
        self.assertEqual(sampler.alphas, [1.0, 2.0, 1.0, 1.0], msg="choose must not update the posterior")
        self.assertEqual(sampler.betas, [1.0, 1.0, 1.0, 1.0])

    def test_choices_come_from_the_given_rng(self):
        def run(seed):
            sampler = ThompsonSampler(4)
            sampler.update(1, 1)
            sampler.update(2, 0)
            rng = random.Random(seed)
            return [sampler.choose(rng) for _ in range(100)]

        first = run(21)
        self.assertEqual(run(21), first, msg="the same seed gives the same choices")
        self.assertNotEqual(run(22), first, msg="another seed gives other choices")
        draws = [sample_beta(2.0, 3.0, random.Random(7)) for _ in range(3)]
        self.assertEqual(draws, [draws[0]] * 3, msg="sample_beta draws only from rng")

    def test_choose_follows_overwhelming_evidence(self):
        rng = random.Random(3)
        sampler = ThompsonSampler(3)
        for _ in range(1000):
            sampler.update(0, 0)
            sampler.update(1, 1)
        for _ in range(30):
            sampler.update(2, 0)
            sampler.update(2, 1)
        picks = [sampler.choose(rng) for _ in range(1000)]
        self.assertGreaterEqual(picks.count(1), 990)

    def test_choose_probability_matches_the_posteriors(self):
        # Arm 0 ~ Beta(1, 1) = uniform, arm 1 ~ Beta(2, 1) with density 2x:
        # P(arm 1 wins) = P(U < X) = E[X] = 2/3. Picking the best mean would always give arm 1.
        rng = random.Random(4)
        sampler = ThompsonSampler(2)
        sampler.update(1, 1)
        runs = 3000
        wins = sum(sampler.choose(rng) for _ in range(runs))
        self.assertAlmostEqual(wins / runs, 2 / 3, delta=0.04)

    def test_simulation_finds_the_best_arm(self):
        rng = random.Random(5)
        rates = [0.10, 0.25, 0.05]
        sampler = ThompsonSampler(3)
        pulls = [0, 0, 0]
        rounds = 2000
        for _ in range(rounds):
            arm = sampler.choose(rng)
            pulls[arm] += 1
            sampler.update(arm, 1 if rng.random() < rates[arm] else 0)
        self.assertAlmostEqual(sum(sampler.alphas) + sum(sampler.betas), rounds + 6, places=9, msg="one update per round")
        self.assertGreaterEqual(pulls[1], 0.7 * rounds, msg=f"pulls per arm: {pulls}")
        means = sampler.posterior_means()
        self.assertAlmostEqual(means[1], 0.25, delta=0.05, msg=f"posterior means {means}")


if __name__ == "__main__":
    unittest.main()
