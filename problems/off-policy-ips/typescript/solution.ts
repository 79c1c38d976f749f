/** The logging policy chose `action` in `context` with probability `propensity` and observed `reward`. */
export interface LoggedEvent {
  context: string;
  action: string;
  reward: number;
  propensity: number;
}

/** The probability that the target policy takes `action` in `context`. */
export type TargetPolicy = (context: string, action: string) => number;

/** Inverse propensity scoring: the mean of w_i * r_i, with w_i = min(pi(a_i|x_i) / propensity_i, clip). */
export function ipsEstimate(logs: readonly LoggedEvent[], targetPolicy: TargetPolicy, clip?: number): number {
  throw new Error('Write your solution here');
}

/** Self-normalised IPS: sum of w_i * r_i divided by sum of w_i. */
export function snipsEstimate(logs: readonly LoggedEvent[], targetPolicy: TargetPolicy, clip?: number): number {
  throw new Error('Write your solution here');
}

/** (sum of w_i)^2 / sum of w_i^2. */
export function effectiveSampleSize(logs: readonly LoggedEvent[], targetPolicy: TargetPolicy, clip?: number): number {
  throw new Error('Write your solution here');
}
