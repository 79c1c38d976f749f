import type { PredictionMetrics, ReviewColumns } from './fsrsHistory';
import type { StudyClock } from './studyDay';

// The messages between the extension host and the FSRS worker thread (src/workers/fsrsOptimizer.ts).
// The host sends the journal's reviews as plain columns; the worker does the rest (grouping by
// card, study days, the held-out split), so the host's event loop is not held up.

interface HistoryRequest {
  readonly reviews: ReviewColumns;
  /** Gaps between reviews are counted in this clock's study days. */
  readonly clock: StudyClock;
}

/** What the host asks of the worker; one request per worker. */
export type OptimizerRequest =
  | (HistoryRequest & {
      readonly kind: 'evaluate';
      /** Each set judged on the held-out part: 21 weights, or null for FSRS-6's defaults. */
      readonly weightSets: readonly (readonly number[] | null)[];
    })
  | (HistoryRequest & {
      readonly kind: 'optimize';
      /** The weights in use, judged beside the fitted ones (null: FSRS-6's defaults). */
      readonly current: readonly number[] | null;
      /** The number of relearning steps, which bounds w17 and w18 as in fsrs-rs. */
      readonly relearningSteps: number;
      /** Below this many checkable reviews the worker answers `tooFew` instead of fitting. */
      readonly minimumReviews: number;
    });

/** Where the history was split: reviews at or after `cutoff` are held out. */
interface Split {
  readonly cutoff: number;
  /** Reviews a prediction can be checked on (a day or more after the card's previous review), in all. */
  readonly checkable: number;
}

/** What the worker sends back: any number of progress messages, then one result or failure. */
export type OptimizerReply =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | (Split & { readonly kind: 'evaluated'; readonly metrics: readonly PredictionMetrics[] })
  | (Split & { readonly kind: 'tooFew' })
  | (Split & {
      readonly kind: 'optimized';
      /** The fitted 21 weights, rounded to 4 decimals as Anki shows them. */
      readonly weights: readonly number[];
      readonly current: PredictionMetrics;
      readonly optimized: PredictionMetrics;
      /** How many review items (one per review after a card's first) the fit saw. */
      readonly trainedOn: number;
      readonly milliseconds: number;
    })
  | { readonly kind: 'failed'; readonly message: string };
