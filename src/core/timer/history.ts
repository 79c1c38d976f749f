import { mockKinds, rubrics, weakRating, type MockKind } from '../cases/rubrics';
import type { ContentLink } from '../rounds/yamlSource';
import type { LoggedEvent } from '../scheduling/fold';
import { reviewData } from './reviewData';
import {
  isRecord,
  timerEndEventType,
  timerPauseEventType,
  timerResumeEventType,
  timerReviewEventType,
  timerSkipEventType,
  timerSolvedEventType,
  timerStartEventType,
  type ReviewDimension,
  type ReviewRating,
  type TimerEndData,
  type TimerEnding,
  type TimerKind,
  type TimerSolvedData,
  type TimerStartData,
} from './timerEvents';

// "How it went": the timer's journal events folded into finished sessions, self-reviews,
// the trend of each review dimension and the solve times of practice problems. Pure, so
// the Stats panel's figures are tested without an editor.

const minute = 60_000;

/** One phase of a finished session: what the plan gave it and the run time it got. */
export interface SessionPhase {
  readonly title: string;
  readonly plannedMs: number;
  readonly spentMs: number;
  /** False for a phase the session ended before reaching (its spent time is 0). */
  readonly reached: boolean;
}

/** One problem of a finished coding session, as the last test run left it. */
export interface SessionProblem {
  readonly problem: string;
  readonly passed: number;
  readonly total: number;
  /** Run time from the session's start to the first all-passing run; undefined if never solved. */
  readonly solvedMs?: number;
}

/** A session that ended (a started session without a `timer.end` is not one). */
export interface TimedSession {
  readonly session: string;
  readonly kind: TimerKind;
  readonly title: string;
  readonly loop?: string;
  readonly round?: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly ending: TimerEnding;
  /** Run time, pauses left out. */
  readonly elapsedMs: number;
  /** The plan's length. */
  readonly plannedMs: number;
  readonly phases: readonly SessionPhase[];
  /** Only for coding sessions. */
  readonly problems?: readonly SessionProblem[];
}

/** A self-review that still counts (the latest one for its session). */
export interface SessionReview {
  readonly eventId: string;
  readonly session: string;
  readonly title: string;
  readonly loop?: string;
  readonly round?: string;
  readonly time: number;
  readonly rubric: MockKind;
  /** A dimension left out did not apply to that round. */
  readonly ratings: Partial<Record<ReviewDimension, ReviewRating>>;
  readonly notes?: Partial<Record<ReviewDimension, string>>;
  readonly note?: string;
}

/** Which way a dimension moved: the recent mean against the previous one. */
export type TrendChange = 'up' | 'down' | 'same';

/** One review dimension across every self-review. */
export interface DimensionTrend {
  readonly rubric: MockKind;
  readonly dimension: ReviewDimension;
  readonly title: string;
  /** How many reviews rated it. */
  readonly count: number;
  /** Mean of the last (up to) 3 ratings; undefined with no rating. */
  readonly recentMean: number | undefined;
  /** Mean of the (up to) 3 ratings before those; undefined with 3 ratings or fewer. */
  readonly previousMean: number | undefined;
  /** Undefined when there is nothing to compare. */
  readonly change: TrendChange | undefined;
  /** Every rating, in time order. */
  readonly series: readonly { readonly time: number; readonly rating: ReviewRating }[];
  /** The latest note written for it, and when. */
  readonly lastNote?: { readonly time: number; readonly text: string };
}

/** The solve times of one practice problem across coding sessions. */
export interface ProblemSolveTimes {
  readonly problem: string;
  /** Each solve's run time, ms, in the order they happened. */
  readonly solvedMs: readonly number[];
}

/** What the timer's journal events say about how the timed sessions went. */
export interface TimerHistory {
  /** Finished sessions, newest first. */
  readonly sessions: readonly TimedSession[];
  /** Self-reviews in time order, one per session. */
  readonly reviews: readonly SessionReview[];
  /** One entry per dimension of each rubric, in `mockKinds` and then rubric order. */
  readonly trend: readonly DimensionTrend[];
  /** One entry per problem solved in a coding session, by slug. */
  readonly solveTimes: readonly ProblemSolveTimes[];
  /** Timer events whose data was malformed, skipped (ids). */
  readonly skipped: readonly string[];
}

// Hand-written guards, like the journal's own: the shapes are small and this runs on
// every redraw of the Stats panel.

const isDuration = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isSessionId = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const kinds: ReadonlySet<unknown> = new Set<TimerKind>(['mock-round', 'custom', 'coding-session']);
const endings: ReadonlySet<unknown> = new Set<TimerEnding>(['time-up', 'stopped', 'finished']);

function isStartData(data: unknown): data is TimerStartData {
  if (!isRecord(data)) return false;
  const { session, kind, title, loop, round, phases, problems } = data;
  return (
    isSessionId(session) &&
    kinds.has(kind) &&
    typeof title === 'string' &&
    isOptionalString(loop) &&
    isOptionalString(round) &&
    Array.isArray(phases) &&
    phases.every((phase) => isRecord(phase) && typeof phase['title'] === 'string' && isDuration(phase['minutes'])) &&
    (problems === undefined ||
      (Array.isArray(problems) &&
        problems.every((problem) => isRecord(problem) && typeof problem['problem'] === 'string' && typeof problem['folder'] === 'string' && isDuration(problem['targetMinutes']))))
  );
}

function isSolvedData(data: unknown): data is TimerSolvedData {
  if (!isRecord(data)) return false;
  return isSessionId(data['session']) && typeof data['problem'] === 'string' && data['problem'] !== '' && typeof data['folder'] === 'string' && isDuration(data['elapsedMs']);
}

function isEndData(data: unknown): data is TimerEndData {
  if (!isRecord(data)) return false;
  const { session, ending, elapsedMs, phases, problems } = data;
  return (
    isSessionId(session) &&
    endings.has(ending) &&
    isDuration(elapsedMs) &&
    Array.isArray(phases) &&
    phases.every((phase) => isRecord(phase) && typeof phase['title'] === 'string' && isDuration(phase['minutes']) && isDuration(phase['spentMs'])) &&
    (problems === undefined ||
      (Array.isArray(problems) &&
        problems.every(
          (problem) =>
            isRecord(problem) &&
            typeof problem['problem'] === 'string' &&
            typeof problem['folder'] === 'string' &&
            isDuration(problem['passed']) &&
            isDuration(problem['total']) &&
            (problem['solvedMs'] === undefined || isDuration(problem['solvedMs'])),
        )))
  );
}

/** Pause, resume and skip carry only the session; the history does not need them, but checks them. */
function isSessionOnlyData(data: unknown): boolean {
  return isRecord(data) && isSessionId(data['session']);
}

const mean = (values: readonly number[]): number | undefined => (values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length);

/** How many of the latest ratings each mean of the trend takes. */
export const trendWindow = 3;

function changeOf(recent: number | undefined, previous: number | undefined): TrendChange | undefined {
  if (recent === undefined || previous === undefined) return undefined;
  // Means of up to three whole ratings differ by at least 1/6 when they differ at all; less is float rounding.
  if (Math.abs(recent - previous) < 0.05) return 'same';
  return recent > previous ? 'up' : 'down';
}

function trendOf(reviews: readonly SessionReview[]): DimensionTrend[] {
  return mockKinds.flatMap((kind) => rubrics[kind].dimensions.map(({ id, title }) => {
    const ofKind = reviews.filter((review) => review.rubric === kind);
    const series = ofKind.flatMap((review) => {
      const rating = review.ratings[id];
      return rating === undefined ? [] : [{ time: review.time, rating }];
    });
    const noted = ofKind.filter((review) => (review.notes?.[id] ?? '') !== '').at(-1);
    const lastNote = noted ? { time: noted.time, text: noted.notes?.[id] ?? '' } : undefined;
    const ratings = series.map((point) => point.rating);
    // The last three against the three before: one off day moves it less than comparing
    // single rounds, yet it follows real progress within a few mock rounds.
    const recentMean = mean(ratings.slice(-trendWindow));
    const previousMean = mean(ratings.slice(-2 * trendWindow, -trendWindow));
    return { rubric: kind, dimension: id, title, count: series.length, recentMean, previousMean, change: changeOf(recentMean, previousMean), series, ...(lastNote ? { lastNote } : {}) };
  }));
}

/** A dimension rated Weak or below in the last two reviews of its rubric that rated it, and what to study for it. */
export interface WeakDimension {
  readonly rubric: MockKind;
  readonly dimension: ReviewDimension;
  readonly title: string;
  /** When the second weak rating was given. */
  readonly since: number;
  readonly links: readonly ContentLink[];
}

/** The dimensions rated Weak or below twice in a row: what the plan puts in front of the candidate. */
export function weakDimensions(history: Pick<TimerHistory, 'trend'>): WeakDimension[] {
  return history.trend.flatMap((row) => {
    const [before, last] = row.series.slice(-2);
    if (!before || !last || before.rating > weakRating || last.rating > weakRating) return [];
    const dimension = rubrics[row.rubric].dimensions.find((candidate) => candidate.id === row.dimension);
    return dimension ? [{ rubric: row.rubric, dimension: row.dimension, title: row.title, since: last.time, links: dimension.links }] : [];
  });
}

/** Time order, ties by id (code units, so the order does not depend on the locale). */
function compareEvents(a: LoggedEvent, b: LoggedEvent): number {
  if (a.time !== b.time) return a.time - b.time;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const timerEventTypes: ReadonlySet<string> = new Set([
  timerStartEventType,
  timerPauseEventType,
  timerResumeEventType,
  timerSkipEventType,
  timerSolvedEventType,
  timerEndEventType,
  timerReviewEventType,
]);

function sessionOf(start: { time: number; data: TimerStartData }, end: { time: number; data: TimerEndData }, solved: ReadonlyMap<string, number>): TimedSession {
  const plan = start.data;
  const phases = plan.phases.map((phase, index) => {
    const reached = end.data.phases[index];
    return { title: phase.title, plannedMs: phase.minutes * minute, spentMs: reached?.spentMs ?? 0, reached: reached !== undefined };
  });
  let problems: SessionProblem[] | undefined;
  if (plan.kind === 'coding-session') {
    // The end records each problem's last run; an end written without them still has
    // the plan's problems and whatever `timer.solved` said.
    problems = end.data.problems
      ? end.data.problems.map(({ problem, passed, total, solvedMs }) => ({ problem, passed, total, ...(solvedMs === undefined ? {} : { solvedMs }) }))
      : (plan.problems ?? []).map(({ problem, folder }) => {
          const solvedMs = solved.get(solveKey(plan.session, folder));
          return { problem, passed: 0, total: 0, ...(solvedMs === undefined ? {} : { solvedMs }) };
        });
  }
  return {
    session: plan.session,
    kind: plan.kind,
    title: plan.title,
    ...(plan.loop === undefined ? {} : { loop: plan.loop }),
    ...(plan.round === undefined ? {} : { round: plan.round }),
    startedAt: start.time,
    endedAt: end.time,
    ending: end.data.ending,
    elapsedMs: end.data.elapsedMs,
    plannedMs: plan.phases.reduce((sum, phase) => sum + phase.minutes * minute, 0),
    phases,
    ...(problems === undefined ? {} : { problems }),
  };
}

// A session may hold two copies of one problem (two folders): a solve is one folder's.
const solveKey = (session: string, folder: string): string => `${session}\u0000${folder}`;

/**
 * Folds the journal's timer events into the history of timed sessions. Events of other
 * features are ignored; a timer event with malformed data is skipped and its id reported.
 * A session without an end (still running, or the window closed under it) is left out of
 * `sessions`, but its solves and its review still count. A later review of the same
 * session replaces the earlier one (the user re-rated).
 */
export function foldTimerHistory(events: readonly LoggedEvent[]): TimerHistory {
  // Journals are in time order already; sorting the few timer events keeps the fold right
  // for any caller, and "a later review" means later in time.
  const timerEvents = events.filter((event) => timerEventTypes.has(event.type)).sort(compareEvents);
  const skipped: string[] = [];
  const starts = new Map<string, { time: number; data: TimerStartData }>();
  const ends = new Map<string, { time: number; data: TimerEndData }>();
  const solves = new Map<string, { problem: string; time: number; ms: number }>();
  const reviews = new Map<string, SessionReview>();
  const recordSolve = (session: string, folder: string, problem: string, time: number, ms: number): void => {
    const key = solveKey(session, folder);
    // Solved once per session: the end repeats the solve time `timer.solved` recorded.
    if (!solves.has(key)) solves.set(key, { problem, time, ms });
  };
  for (const event of timerEvents) {
    switch (event.type) {
      case timerStartEventType:
        if (!isStartData(event.data)) skipped.push(event.id);
        else if (!starts.has(event.data.session)) starts.set(event.data.session, { time: event.time, data: event.data });
        break;
      case timerEndEventType:
        if (!isEndData(event.data)) {
          skipped.push(event.id);
          break;
        }
        if (!ends.has(event.data.session)) ends.set(event.data.session, { time: event.time, data: event.data });
        for (const problem of event.data.problems ?? []) {
          if (problem.solvedMs !== undefined) recordSolve(event.data.session, problem.folder, problem.problem, event.time, problem.solvedMs);
        }
        break;
      case timerSolvedEventType:
        if (!isSolvedData(event.data)) skipped.push(event.id);
        else recordSolve(event.data.session, event.data.folder, event.data.problem, event.time, event.data.elapsedMs);
        break;
      case timerReviewEventType: {
        const data = reviewData(event.data);
        if (!data) {
          skipped.push(event.id);
          break;
        }
        // Deleted first so the re-rating takes its own place in time order.
        reviews.delete(data.session);
        reviews.set(data.session, { eventId: event.id, time: event.time, ...data });
        break;
      }
      default:
        if (!isSessionOnlyData(event.data)) skipped.push(event.id);
    }
  }

  const solvedBySession = new Map([...solves].map(([key, solve]) => [key, solve.ms]));
  const sessions: TimedSession[] = [];
  for (const [session, end] of ends) {
    const start = starts.get(session);
    // Without its start there is no title, kind or plan to show.
    if (start) sessions.push(sessionOf(start, end, solvedBySession));
  }
  sessions.sort((a, b) => b.startedAt - a.startedAt || b.endedAt - a.endedAt);

  const byProblem = new Map<string, { time: number; ms: number }[]>();
  for (const { problem, time, ms } of solves.values()) {
    const list = byProblem.get(problem) ?? [];
    list.push({ time, ms });
    byProblem.set(problem, list);
  }
  const solveTimes = [...byProblem]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([problem, list]) => ({ problem, solvedMs: list.sort((a, b) => a.time - b.time).map((solve) => solve.ms) }));

  const reviewList = [...reviews.values()];
  return { sessions, reviews: reviewList, trend: trendOf(reviewList), solveTimes, skipped };
}

/** One finished session as the Stats panel lists it. */
export interface SessionSummary {
  readonly session: string;
  readonly kind: TimerKind;
  readonly title: string;
  readonly startedAt: number;
  readonly ending: TimerEnding;
  readonly elapsedMs: number;
  readonly plannedMs: number;
  /** Coding sessions only: how many of their problems were solved. */
  readonly problems?: { readonly solved: number; readonly total: number };
}

/** What the Stats panel shows of the history. Fresh arrays, so it goes into a message as it is. */
export interface TimerHistorySummary {
  readonly sessionCount: number;
  readonly reviewCount: number;
  /** The latest sessions, newest first. */
  sessions: SessionSummary[];
  trend: {
    readonly rubric: MockKind;
    readonly dimension: ReviewDimension;
    readonly title: string;
    readonly count: number;
    readonly recentMean?: number;
    readonly previousMean?: number;
    readonly change?: TrendChange;
    series: { readonly time: number; readonly rating: ReviewRating }[];
    readonly lastNote?: { readonly time: number; readonly text: string };
  }[];
  /** Per problem (by slug): the best and the latest solve time, and how many solves. */
  solveTimes: { readonly problem: string; readonly bestMs: number; readonly lastMs: number; readonly count: number }[];
}

/** The figures the Stats panel draws from a history: the latest `recentSessions` sessions and each problem's best and last solve. */
export function summarizeTimerHistory(history: TimerHistory, recentSessions = 10): TimerHistorySummary {
  return {
    sessionCount: history.sessions.length,
    reviewCount: history.reviews.length,
    sessions: history.sessions.slice(0, recentSessions).map((session) => ({
      session: session.session,
      kind: session.kind,
      title: session.title,
      startedAt: session.startedAt,
      ending: session.ending,
      elapsedMs: session.elapsedMs,
      plannedMs: session.plannedMs,
      ...(session.problems === undefined
        ? {}
        : { problems: { solved: session.problems.filter((problem) => problem.solvedMs !== undefined).length, total: session.problems.length } }),
    })),
    // Only the dimensions rated at least once: a rubric never used is no row of empty cells.
    trend: history.trend.filter((row) => row.count > 0).map((row) => ({
      rubric: row.rubric,
      dimension: row.dimension,
      title: row.title,
      count: row.count,
      ...(row.recentMean === undefined ? {} : { recentMean: row.recentMean }),
      ...(row.previousMean === undefined ? {} : { previousMean: row.previousMean }),
      ...(row.change === undefined ? {} : { change: row.change }),
      series: row.series.map((point) => ({ ...point })),
      ...(row.lastNote ? { lastNote: { ...row.lastNote } } : {}),
    })),
    solveTimes: history.solveTimes.flatMap(({ problem, solvedMs }) => {
      const last = solvedMs.at(-1);
      return last === undefined ? [] : [{ problem, bestMs: Math.min(...solvedMs), lastMs: last, count: solvedMs.length }];
    }),
  };
}
