// How long studying takes, for the plan's minutes. Documented figures, from the FSRS
// simulator of the open-spaced-repetition project (fsrs-rs, `SimulatorConfig::default`),
// which were measured on Anki users' review logs:
//   learn_costs  [33.79, 24.3, 13.68, 6.5]   s for a new card's first day, by its first
//                                           grade (Again, Hard, Good, Easy): the day's
//                                           learning steps included
//   review_costs [23.0, 11.68, 7.33, 5.6]    s for a review, by grade; Again includes the
//                                           relearning steps of that day
//   first_rating_prob  [0.24, 0.094, 0.495, 0.171]
//   review_rating_prob [0.224, 0.631, 0.145] (Hard, Good, Easy, given the card was recalled)
// The simulation benchmark (test/bench/plan.bench.ts) charges the same figures.

export const simulatorCosts = {
  learn: [33.79, 24.3, 13.68, 6.5],
  review: [23.0, 11.68, 7.33, 5.6],
  firstRating: [0.24, 0.094, 0.495, 0.171],
  passRating: [0.224, 0.631, 0.145],
} as const;

/** Seconds per new card (its whole first day) and per review of a card on the long-term schedule. */
export interface StudyCosts {
  readonly newCardSeconds: number;
  /** A review's expected seconds at the desired retention. */
  readonly reviewSeconds: number;
  /** A recalled review (Hard, Good or Easy, as often as the simulator sees them). */
  readonly passSeconds: number;
  /** A lapse: Again, with that day's relearning steps. */
  readonly lapseSeconds: number;
}

/** The expected costs, a review's at the desired retention (a lapse costs more). */
export function expectedCosts(desiredRetention: number): StudyCosts {
  const { learn, review, firstRating, passRating } = simulatorCosts;
  const newCardSeconds = learn.reduce((sum, seconds, index) => sum + seconds * (firstRating[index] ?? 0), 0);
  const passSeconds = passRating.reduce((sum, probability, index) => sum + probability * (review[index + 1] ?? 0), 0);
  const lapseSeconds = review[0];
  return { newCardSeconds, reviewSeconds: reviewCost({ passSeconds, lapseSeconds }, desiredRetention), passSeconds, lapseSeconds };
}

/** The expected seconds of reviewing a card whose recall probability is `recall`: a weak card lapses more, and a lapse costs more. */
export function reviewCost(costs: Pick<StudyCosts, 'passSeconds' | 'lapseSeconds'>, recall: number): number {
  return recall * costs.passSeconds + (1 - recall) * costs.lapseSeconds;
}
