import type { PackedHistories, PredictionMetrics } from './fsrsHistory';

// The messages between the extension host and the FSRS worker thread (src/workers/fsrsOptimizer.ts).

/** What the host asks of the worker; one request per worker. */
export type OptimizerRequest =
  | {
      readonly kind: 'evaluate';
      readonly histories: PackedHistories;
      /** Reviews at or after this time are the held-out part judged. */
      readonly cutoff: number;
      /** Each set judged: 21 weights, or null for FSRS-6's defaults. */
      readonly weightSets: readonly (readonly number[] | null)[];
    }
  | {
      readonly kind: 'optimize';
      readonly histories: PackedHistories;
      /** Fitting sees reviews before this time; both weight sets are judged on those at or after it. */
      readonly cutoff: number;
      /** The weights in use, judged beside the fitted ones (null: FSRS-6's defaults). */
      readonly current: readonly number[] | null;
      /** The number of relearning steps, which bounds w17 and w18 as in fsrs-rs. */
      readonly relearningSteps: number;
    };

/** What the worker sends back: any number of progress messages, then one result or failure. */
export type OptimizerReply =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'evaluated'; readonly metrics: readonly PredictionMetrics[] }
  | {
      readonly kind: 'optimized';
      /** The fitted 21 weights, rounded to 4 decimals as Anki shows them. */
      readonly weights: readonly number[];
      readonly current: PredictionMetrics;
      readonly optimized: PredictionMetrics;
      /** How many review items (one per review after a card's first) the fit saw. */
      readonly trainedOn: number;
      readonly milliseconds: number;
    }
  | { readonly kind: 'failed'; readonly message: string };
