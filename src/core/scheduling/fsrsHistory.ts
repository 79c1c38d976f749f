import { ReviewLog, type ReviewList } from './reviewLog';
import { studyDay, type StudyClock } from './studyDay';

// The learner's history in the form FSRS is fitted and judged on: per card, its reviews in
// time order, each with its grade and the study days since the card's previous review (0
// for the first and for same-day reviews). Packed in typed arrays, so a history of 100,000
// reviews crosses to the optimiser's worker thread without being copied object by object.

/** Every card's reviews, back to back: card `c` has rows `starts[c]` to `starts[c + 1]`. */
export interface PackedHistories {
  readonly starts: Uint32Array;
  readonly grades: Uint8Array;
  readonly deltaDays: Uint32Array;
  readonly times: Float64Array;
}

/**
 * Below this many reviews that a prediction can be checked on (a review a day or more after
 * the card's previous one), the optimiser refuses: with fewer, a fit of 21 weights mostly
 * follows noise, and a fifth of them held out is too few to judge it on. (Our choice, not a
 * figure of fsrs-rs or Anki; documented in the README.)
 */
export const minimumOptimizerReviews = 400;

/** The share of checkable reviews, the most recent ones, kept out of fitting to judge the weights on. */
export const heldOutShare = 0.2;

/** The journal's reviews as the optimiser's worker receives them: one row per review, in columns. */
export interface ReviewColumns {
  readonly times: Float64Array;
  /** A number per card (the same number for every review of one card). */
  readonly cards: Uint32Array;
  readonly grades: Uint8Array;
}

/** Takes the columns the history is built from out of the journal's reviews (cheap: no study days yet). */
export function reviewColumns(reviews: ReviewList): ReviewColumns {
  if (reviews instanceof ReviewLog) return logColumns(reviews);
  const count = reviews.length;
  const times = new Float64Array(count);
  const cards = new Uint32Array(count);
  const grades = new Uint8Array(count);
  const numbers = new Map<string, number>();
  let row = 0;
  for (const review of reviews) {
    let card = numbers.get(review.cardId);
    if (card === undefined) {
      card = numbers.size;
      numbers.set(review.cardId, card);
    }
    times[row] = review.time;
    cards[row] = card;
    grades[row] = review.grade;
    row += 1;
  }
  return { times: times.subarray(0, row), cards: cards.subarray(0, row), grades: grades.subarray(0, row) };
}

/**
 * The fold's log already keeps these columns (time, card number, grade first of each row's
 * codes): copied block by block, with no object made per review, so a journal of a million
 * reviews costs the host a few milliseconds.
 */
function logColumns(log: ReviewLog): ReviewColumns {
  const times = new Float64Array(log.length);
  const cards = new Uint32Array(log.length);
  const grades = new Uint8Array(log.length);
  const codeWidth = ReviewLog.codeWidth;
  let row = 0;
  for (const block of log.blockViews()) {
    times.set(block.time, row);
    cards.set(block.card, row);
    for (let index = 0; index < block.time.length; index++) grades[row + index] = block.codes[index * codeWidth] ?? 0;
    row += block.time.length;
  }
  return { times, cards, grades };
}

/** Study days by quarter hour: every zone's offset and day start fall on quarter hours, so a quarter hour is within one study day. */
function studyDays(clock: StudyClock): (time: number) => number {
  const quarter = 900_000;
  const cache = new Map<number, number>();
  return (time) => {
    const bucket = Math.floor(time / quarter);
    let day = cache.get(bucket);
    if (day === undefined) {
      day = studyDay(bucket * quarter, clock);
      cache.set(bucket, day);
    }
    return day;
  };
}

/** Groups the reviews by card, in time order, with the study days between each and the card's previous review. */
export function packHistories(reviews: ReviewList | ReviewColumns, clock: StudyClock): PackedHistories {
  // (Not `'cards' in reviews`: the fold's log has a `cards` table too.)
  const columns = 'times' in reviews && reviews.times instanceof Float64Array ? reviews : reviewColumns(reviews as ReviewList);
  const count = columns.times.length;
  // Indexed by card number: a card number never used leaves a hole.
  const byCard: (number[] | undefined)[] = [];
  for (let index = 0; index < count; index++) {
    const card = columns.cards[index] ?? 0;
    (byCard[card] ??= []).push(index);
  }
  const dayOf = studyDays(clock);
  const starts = new Uint32Array(byCard.length + 1);
  const grades = new Uint8Array(count);
  const deltaDays = new Uint32Array(count);
  const times = new Float64Array(count);
  let row = 0;
  let card = 0;
  for (const indexes of byCard) {
    if (indexes === undefined) continue;
    starts[card] = row;
    indexes.sort((a, b) => (columns.times[a] ?? 0) - (columns.times[b] ?? 0));
    let previousDay: number | undefined;
    for (const index of indexes) {
      const time = columns.times[index] ?? 0;
      const day = dayOf(time);
      grades[row] = columns.grades[index] ?? 3;
      deltaDays[row] = previousDay === undefined ? 0 : Math.max(0, day - previousDay);
      times[row] = time;
      previousDay = day;
      row += 1;
    }
    card += 1;
  }
  starts[card] = row;
  return { starts: starts.subarray(0, card + 1), grades: grades.subarray(0, row), deltaDays: deltaDays.subarray(0, row), times: times.subarray(0, row) };
}

/** How many cards a packed history holds. */
export function cardCount(histories: PackedHistories): number {
  return histories.starts.length - 1;
}

/** Whether row `row` is one a prediction can be checked on: not a card's first review, and a study day or more after its previous one. */
function isCheckable(histories: PackedHistories, row: number, first: boolean): boolean {
  return !first && (histories.deltaDays[row] ?? 0) > 0;
}

/** The rows a prediction is checked on, with their times, in time order. */
function checkableTimes(histories: PackedHistories): number[] {
  const times: number[] = [];
  for (let card = 0; card < cardCount(histories); card++) {
    const start = histories.starts[card] ?? 0;
    const end = histories.starts[card + 1] ?? start;
    for (let row = start; row < end; row++) if (isCheckable(histories, row, row === start)) times.push(histories.times[row] ?? 0);
  }
  return times.sort((a, b) => a - b);
}

/** How many reviews the history has that a prediction can be checked on (what the minimum counts). */
export function checkableReviewCount(histories: PackedHistories): number {
  return checkableTimes(histories).length;
}

/**
 * The time that splits the history: checkable reviews at or after it (the last `share` of
 * them) are held out; fitting sees only reviews before it. A time-ordered split, as the
 * weights will be used: on reviews that come after the ones they were fitted on.
 */
export function heldOutCutoff(histories: PackedHistories, share = heldOutShare): number {
  const times = checkableTimes(histories);
  if (times.length === 0) return Number.POSITIVE_INFINITY;
  const firstHeldOut = Math.min(times.length - 1, Math.floor(times.length * (1 - share)));
  return times[firstHeldOut] ?? Number.POSITIVE_INFINITY;
}

/** The history before `cutoff` (what the optimiser is fitted on). */
export function historiesBefore(histories: PackedHistories, cutoff: number): PackedHistories {
  const starts: number[] = [0];
  const rows: number[] = [];
  for (let card = 0; card < cardCount(histories); card++) {
    const start = histories.starts[card] ?? 0;
    const end = histories.starts[card + 1] ?? start;
    for (let row = start; row < end && (histories.times[row] ?? 0) < cutoff; row++) rows.push(row);
    if (rows.length > (starts[starts.length - 1] ?? 0)) starts.push(rows.length);
  }
  return {
    starts: Uint32Array.from(starts),
    grades: Uint8Array.from(rows, (row) => histories.grades[row] ?? 0),
    deltaDays: Uint32Array.from(rows, (row) => histories.deltaDays[row] ?? 0),
    times: Float64Array.from(rows, (row) => histories.times[row] ?? 0),
  };
}

/** A memory model to judge: FSRS with some weights, or a stand-in in tests. */
export interface MemoryModel<State> {
  /** The memory after a review graded `grade`, `deltaDays` after the previous one (`state` null for a card's first review). */
  next(state: State | null, deltaDays: number, grade: number): State;
  /** The predicted probability of recall `deltaDays` after the review that left `state`. */
  recall(state: State, deltaDays: number): number;
}

/** How well a model predicts recall, as the srs-benchmark measures it. */
export interface PredictionMetrics {
  /** Mean binary cross-entropy of the predicted recall against recalled (grade ≥ 2) or not. */
  readonly logLoss: number;
  /** RMSE (bins): the srs-benchmark's root mean squared error of recall, over bins of gap, review number and lapses. */
  readonly rmseBins: number;
  /** How many reviews were judged. */
  readonly reviews: number;
}

/** The srs-benchmark's bin of a value on a geometric scale: `scale · base^⌊log_base(x)⌋`, rounded. */
function geometricBin(value: number, scale: number, base: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(scale * base ** Math.floor(Math.log(value) / Math.log(base)) * factor) / factor;
}

/**
 * Replays every card's history through `model` and judges its predictions on the checkable
 * reviews at or after `from` (the held-out part), with the memory built from every review
 * before each one. Log loss and RMSE (bins) follow the srs-benchmark: reviews are binned by
 * gap (2.48·3.62^⌊log₃.₆₂ Δt⌋), by review number i (1.99·1.89^⌊log₁.₈₉ i⌋) and by lapses so far
 * (1.65·1.73^⌊log₁.₇₃ n⌋, 0 stays 0); the RMSE of mean recall against mean prediction is
 * taken over the bins, weighted by their reviews.
 */
export function predictionMetrics<State>(histories: PackedHistories, model: MemoryModel<State>, from = Number.NEGATIVE_INFINITY): PredictionMetrics {
  let lossSum = 0;
  let judged = 0;
  const bins = new Map<string, { recalled: number; predicted: number; count: number }>();
  for (let card = 0; card < cardCount(histories); card++) {
    const start = histories.starts[card] ?? 0;
    const end = histories.starts[card + 1] ?? start;
    let state: State | null = null;
    let lapses = 0;
    for (let row = start; row < end; row++) {
      const grade = histories.grades[row] ?? 3;
      const delta = histories.deltaDays[row] ?? 0;
      if (state !== null && isCheckable(histories, row, row === start) && (histories.times[row] ?? 0) >= from) {
        const predicted = Math.min(1 - 1e-7, Math.max(1e-7, model.recall(state, delta)));
        const recalled = grade > 1 ? 1 : 0;
        lossSum -= recalled * Math.log(predicted) + (1 - recalled) * Math.log(1 - predicted);
        judged += 1;
        const reviewNumber = row - start + 1;
        const key = `${geometricBin(delta, 2.48, 3.62, 2)}|${geometricBin(reviewNumber, 1.99, 1.89, 0)}|${lapses === 0 ? 0 : geometricBin(lapses, 1.65, 1.73, 0)}`;
        const bin = bins.get(key) ?? { recalled: 0, predicted: 0, count: 0 };
        bin.recalled += recalled;
        bin.predicted += predicted;
        bin.count += 1;
        bins.set(key, bin);
      }
      // A lapse: forgotten after a gap of a day or more (the benchmark's count).
      if (row !== start && delta > 0 && grade === 1) lapses += 1;
      state = model.next(state, delta, grade);
    }
  }
  let squared = 0;
  for (const bin of bins.values()) squared += bin.count * ((bin.recalled - bin.predicted) / bin.count) ** 2;
  return { logLoss: judged === 0 ? Number.NaN : lossSum / judged, rmseBins: judged === 0 ? Number.NaN : Math.sqrt(squared / judged), reviews: judged };
}
