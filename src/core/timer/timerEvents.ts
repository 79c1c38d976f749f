import type { MockSetup } from '../cases/mockEvents';
import type { MockKind } from '../cases/rubrics';

// What the journal records about timed sessions (mock rounds, custom timers and timed
// coding sessions), and the self-review rated when a mock round ends.
//   timer.start    a session began: its plan (phases, problems)
//   timer.pause    the clock stopped
//   timer.resume   the clock runs again
//   timer.skip     the user moved on to the next phase before its time was up
//   timer.solved   a coding session's problem passed all its tests (its clock stopped)
//   timer.end      the session ended: time up, stopped, or every phase / problem done
//   timer.review   the self-review of a mock round
// Every event carries the session's id; `time` is the host's clock at the user's action.

export const timerStartEventType = 'timer.start';
export const timerPauseEventType = 'timer.pause';
export const timerResumeEventType = 'timer.resume';
export const timerSkipEventType = 'timer.skip';
export const timerSolvedEventType = 'timer.solved';
export const timerEndEventType = 'timer.end';
export const timerReviewEventType = 'timer.review';

export type TimerKind = 'mock-round' | 'custom' | 'coding-session';

/** How a session ended. */
export type TimerEnding = 'time-up' | 'stopped' | 'finished';

export interface TimerStartData {
  readonly session: string;
  readonly kind: TimerKind;
  readonly title: string;
  readonly loop?: string;
  readonly round?: string;
  readonly phases: readonly { readonly title: string; readonly minutes: number }[];
  /** A coding session's problems: slug and the workspace-relative folder of the copy. */
  readonly problems?: readonly { readonly problem: string; readonly folder: string; readonly targetMinutes: number }[];
  /** A mock round with an interviewer: its case, doc, probes or questions. */
  readonly mock?: MockSetup;
}

export interface TimerSolvedData {
  readonly session: string;
  readonly problem: string;
  readonly folder: string;
  /** Run time from the session's start to the passing run, in ms (pauses left out). */
  readonly elapsedMs: number;
}

export interface TimerEndData {
  readonly session: string;
  readonly ending: TimerEnding;
  /** Run time of the whole session, in ms (pauses left out). */
  readonly elapsedMs: number;
  /** Each phase reached: its planned minutes and the run time spent in it, in ms. */
  readonly phases: readonly { readonly title: string; readonly minutes: number; readonly spentMs: number }[];
  /** A coding session's problems at the end: the last run's result and the solve time, if solved. */
  readonly problems?: readonly { readonly problem: string; readonly folder: string; readonly passed: number; readonly total: number; readonly solvedMs?: number }[];
}

/** A self-review dimension's id, within its rubric (see `rubrics` in core/cases/rubrics.ts). */
export type ReviewDimension = string;

/** 1 = no signal, 2 = weak, 3 = solid, 4 = strong. A dimension left out did not apply. */
export type ReviewRating = 1 | 2 | 3 | 4;

export const ratingLabels: Readonly<Record<ReviewRating, string>> = { 1: 'No signal', 2: 'Weak', 3: 'Solid', 4: 'Strong' };

export interface TimerReviewData {
  readonly session: string;
  readonly title: string;
  readonly loop?: string;
  readonly round?: string;
  /** Which rubric was rated; reviews written before there were several are the design rubric's. */
  readonly rubric: MockKind;
  readonly ratings: Partial<Record<ReviewDimension, ReviewRating>>;
  /** A note per dimension, in the user's words. */
  readonly notes?: Partial<Record<ReviewDimension, string>>;
  /** What to do differently next time, in the user's words. */
  readonly note?: string;
}

/** Whether a value is a plain object (not null, not an array): the start of every hand-written guard of the timer's data. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
