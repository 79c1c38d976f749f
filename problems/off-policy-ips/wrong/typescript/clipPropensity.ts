// Wrong: clips by flooring the propensity at 1 / M instead of capping the weight at M, which also shrinks weights below M.
/** The logging policy chose `action` in `context` with probability `propensity` and observed `reward`. */
export interface LoggedEvent {
  context: string;
  action: string;
  reward: number;
  propensity: number;
}

/** The probability that the target policy takes `action` in `context`. */
export type TargetPolicy = (context: string, action: string) => number;

/** Importance weights min(pi(a|x) / mu(a|x), clip), validating every event. */
function importanceWeights(logs: readonly LoggedEvent[], targetPolicy: TargetPolicy, clip?: number): number[] {
  if (logs.length === 0) throw new Error('no logged events');
  if (clip !== undefined && !(clip > 0)) throw new Error('clip must be > 0');
  return logs.map((event, i) => {
    const { context, action, propensity } = event;
    if (!(propensity > 0 && propensity <= 1)) {
      throw new Error(
        `event ${i}: logging propensity ${propensity} is not in (0, 1]; an action the logging policy could not take tells nothing about it, and 1 / 0 has no value`,
      );
    }
    const probability = targetPolicy(context, action);
    if (!(probability >= 0 && probability <= 1)) throw new Error(`event ${i}: target probability ${probability} is not in [0, 1]`);
    const floor = clip === undefined ? 0 : 1 / clip;
    return probability / Math.max(propensity, floor);
  });
}

function weightedRewardSum(logs: readonly LoggedEvent[], weights: readonly number[]): number {
  return logs.reduce((sum, event, i) => sum + (weights[i] ?? 0) * event.reward, 0);
}

function totalWeight(weights: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) throw new Error('every importance weight is 0: the target policy never takes a logged action');
  return total;
}

/** (1/n) * sum of w_i * r_i. */
export function ipsEstimate(logs: readonly LoggedEvent[], targetPolicy: TargetPolicy, clip?: number): number {
  const weights = importanceWeights(logs, targetPolicy, clip);
  return weightedRewardSum(logs, weights) / logs.length;
}

/** sum of w_i * r_i divided by sum of w_i. */
export function snipsEstimate(logs: readonly LoggedEvent[], targetPolicy: TargetPolicy, clip?: number): number {
  const weights = importanceWeights(logs, targetPolicy, clip);
  return weightedRewardSum(logs, weights) / totalWeight(weights);
}

/** (sum of w_i)^2 / sum of w_i^2. */
export function effectiveSampleSize(logs: readonly LoggedEvent[], targetPolicy: TargetPolicy, clip?: number): number {
  const weights = importanceWeights(logs, targetPolicy, clip);
  const total = totalWeight(weights);
  return (total * total) / weights.reduce((sum, w) => sum + w * w, 0);
}
