import type { Loop, Round } from '../rounds/loopFormat';
import { parseMockSetup, type MockSetup } from '../cases/mockEvents';
import { isRecord, type TimerEnding, type TimerKind } from './timerEvents';

// The timer's state machine. The host owns the clock: a state holds absolute timestamps
// (epoch ms) and the run time banked before the current stretch, never a counter that
// ticks. Whatever wakes the host (a tick, a reload, the machine waking from sleep) reads
// the same answer from `snapshot(state, now)`, so nothing drifts.
//
// Phases are consecutive blocks of the plan and their ends are fixed: a phase ends when the
// run time reaches the sum of the minutes so far. Skipping moves on to the next phase now,
// and the minutes saved go to that phase (the round keeps its length, like the interview).

export interface TimerPhase {
  readonly title: string;
  readonly minutes: number;
}

export interface TimerProblem {
  readonly problem: string;
  readonly title: string;
  /** The copy's folder, relative to the workspace. */
  readonly folder: string;
  readonly targetMinutes: number;
  /** Run time when its tests first all passed, in ms. */
  readonly solvedMs?: number;
  /** The last run's result. */
  readonly passed?: number;
  readonly total?: number;
}

export interface TimerPlan {
  readonly kind: TimerKind;
  readonly title: string;
  readonly phases: readonly TimerPhase[];
  readonly loop?: string;
  readonly round?: string;
  readonly problems?: readonly TimerProblem[];
  /** A mock round with an interviewer: its kind, and a design round's case, doc and probes. */
  readonly mock?: MockSetup;
}

export type TimerStatus = 'running' | 'paused' | 'ended';

/** Which alerts were given, so a reload or a wake-up does not repeat them. */
export interface TimerAnnounced {
  /** The last phase whose start was announced (0: the first, announced by starting). */
  readonly phase: number;
  readonly fiveMinutes: boolean;
  readonly timeUp: boolean;
  /** How many of the plan's probes have arrived (they arrive in order). */
  readonly probes?: number;
}

export interface TimerState {
  readonly session: string;
  readonly plan: TimerPlan;
  readonly startedAt: number;
  readonly status: TimerStatus;
  /** Run time banked before the current running stretch, ms. */
  readonly bankedMs: number;
  /** When the current running stretch began; undefined unless running. */
  readonly runningSince: number | undefined;
  /** Each skip: the phase moved on to and the run time then, ms. */
  readonly skips: readonly { readonly to: number; readonly atMs: number }[];
  readonly endedAt?: number;
  readonly ending?: TimerEnding;
  readonly announced: TimerAnnounced;
}

/** What a view shows at one moment; all derived from a state and `now`. */
export interface TimerSnapshot {
  readonly status: TimerStatus;
  readonly totalMs: number;
  readonly elapsedMs: number;
  readonly remainingMs: number;
  /** The current phase (the last one once ended). */
  readonly phase: number;
  readonly phaseElapsedMs: number;
  readonly phaseRemainingMs: number;
  /**
   * Each phase's start and end in run time, ms (a skipped-to phase starts at the skip), and
   * the run time spent in it so far (up to its end, the skip away from it, or now).
   */
  readonly phases: readonly { readonly title: string; readonly startMs: number; readonly endMs: number; readonly spentMs: number }[];
}

/** Something the user should hear about, due at this moment. */
export type TimerAlert =
  | { readonly kind: 'phase'; readonly phase: number; readonly title: string; readonly minutes: number }
  | { readonly kind: 'fiveMinutes' }
  | { readonly kind: 'timeUp' }
  /** The interviewer's probe (the plan's `mock.probes[index]`) is due. */
  | { readonly kind: 'probe'; readonly index: number; readonly probe: string; readonly atMs: number };

const minute = 60_000;
/** The "5 minutes left" alert. */
export const warningMs = 5 * minute;

/** A loop's round as a mock-round plan: its phases, and where it came from. */
export function roundPlan(loop: Pick<Loop, 'id'>, round: Pick<Round, 'id' | 'title' | 'phases'>): TimerPlan {
  return { kind: 'mock-round', title: round.title, loop: loop.id, round: round.id, phases: round.phases.map(({ title, minutes }) => ({ title, minutes })) };
}

/** A plan's length in ms. */
export function planMs(plan: TimerPlan): number {
  return plan.phases.reduce((sum, phase) => sum + phase.minutes * minute, 0);
}

/** Why a plan cannot run, or undefined when it can. */
export function planProblem(plan: TimerPlan): string | undefined {
  if (plan.phases.length === 0) return 'A timer needs at least one phase.';
  for (const phase of plan.phases) {
    if (!(Number.isFinite(phase.minutes) && phase.minutes > 0)) return `The phase “${phase.title}” needs a positive number of minutes.`;
  }
  if (planMs(plan) > 24 * 60 * minute) return 'A timer runs for at most 24 hours.';
  return undefined;
}

/** Starts a plan now. */
export function startTimer(plan: TimerPlan, session: string, now: number): TimerState {
  const problem = planProblem(plan);
  if (problem) throw new Error(problem);
  return { session, plan, startedAt: now, status: 'running', bankedMs: 0, runningSince: now, skips: [], announced: { phase: 0, fiveMinutes: false, timeUp: false } };
}

/** Run time so far, pauses left out. Never more than the plan (the clock stops at time-up). */
export function elapsedMs(state: TimerState, now: number): number {
  const running = state.status === 'running' && state.runningSince !== undefined ? Math.max(0, now - state.runningSince) : 0;
  return Math.min(planMs(state.plan), state.bankedMs + running);
}

function phaseEnds(plan: TimerPlan): number[] {
  let sum = 0;
  return plan.phases.map((phase) => (sum += phase.minutes * minute));
}

/** The current phase: the one the run time is in, or a later one skipped to. */
function phaseAt(state: TimerState, elapsed: number): number {
  const ends = phaseEnds(state.plan);
  let byTime = ends.findIndex((end) => elapsed < end);
  if (byTime === -1) byTime = ends.length - 1;
  const skipped = state.skips.at(-1)?.to ?? 0;
  return Math.min(ends.length - 1, Math.max(byTime, skipped));
}

export function snapshot(state: TimerState, now: number): TimerSnapshot {
  const totalMs = planMs(state.plan);
  const elapsed = elapsedMs(state, now);
  const ends = phaseEnds(state.plan);
  const starts = state.plan.phases.map((_, index) => {
    const plannedStart = index === 0 ? 0 : (ends[index - 1] ?? 0);
    const skip = state.skips.find((candidate) => candidate.to === index);
    return skip ? Math.min(skip.atMs, plannedStart) : plannedStart;
  });
  const phases = state.plan.phases.map((phase, index) => {
    const startMs = starts[index] ?? 0;
    const endMs = ends[index] ?? totalMs;
    return { title: phase.title, startMs, endMs, spentMs: Math.max(0, Math.min(endMs, elapsed, starts[index + 1] ?? Infinity) - startMs) };
  });
  const phase = phaseAt(state, elapsed);
  const current = phases[phase] ?? { startMs: 0, endMs: totalMs };
  return {
    status: state.status,
    totalMs,
    elapsedMs: elapsed,
    remainingMs: state.status === 'ended' ? 0 : totalMs - elapsed,
    phase,
    phaseElapsedMs: Math.max(0, elapsed - current.startMs),
    phaseRemainingMs: state.status === 'ended' ? 0 : Math.max(0, current.endMs - elapsed),
    phases,
  };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'paused', bankedMs: elapsedMs(state, now), runningSince: undefined };
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  return { ...state, status: 'running', runningSince: now };
}

/** Ends the session now (or at time-up, see `advance`). */
export function end(state: TimerState, now: number, ending: TimerEnding): TimerState {
  if (state.status === 'ended') return state;
  return { ...state, status: 'ended', bankedMs: elapsedMs(state, now), runningSince: undefined, endedAt: now, ending };
}

/** Moves on to the next phase now; skipping the last phase finishes the session. */
export function skipPhase(state: TimerState, now: number): TimerState {
  if (state.status === 'ended') return state;
  const elapsed = elapsedMs(state, now);
  const next = phaseAt(state, elapsed) + 1;
  if (next >= state.plan.phases.length) return end(state, now, 'finished');
  // The user moved on: the new phase is not announced again.
  return { ...state, skips: [...state.skips, { to: next, atMs: elapsed }], announced: { ...state.announced, phase: next } };
}

/**
 * Records a coding-session problem's latest test run; the first all-passing run stops its
 * clock. `final` is the run at time-up, recorded into the ended session (a solve then
 * counts at the session's full length).
 */
export function recordRun(state: TimerState, folder: string, passed: number, total: number, now: number, final = false): TimerState {
  const problems = state.plan.problems;
  if ((state.status === 'ended' && !final) || !problems?.some((problem) => problem.folder === folder)) return state;
  const elapsed = elapsedMs(state, now);
  const updated = problems.map((problem) => {
    if (problem.folder !== folder) return problem;
    const solved = problem.solvedMs ?? (total > 0 && passed === total ? elapsed : undefined);
    return { ...problem, passed, total, ...(solved === undefined ? {} : { solvedMs: solved }) };
  });
  const next = { ...state, plan: { ...state.plan, problems: updated } };
  if (next.status === 'ended') return next;
  return updated.every((problem) => problem.solvedMs !== undefined) ? end(next, now, 'finished') : next;
}

/**
 * Brings a state up to `now`: a running timer whose time is up ends at the moment it was
 * up (not at `now`, which may be hours later after a sleep), and the alerts now due are
 * returned once. After a long gap only the latest phase change is announced.
 */
export function advance(state: TimerState, now: number): { state: TimerState; alerts: TimerAlert[] } {
  let next = state;
  const alerts: TimerAlert[] = [];
  const totalMs = planMs(state.plan);
  if (state.status === 'running' && state.runningSince !== undefined && state.bankedMs + (now - state.runningSince) >= totalMs) {
    const upAt = state.runningSince + (totalMs - state.bankedMs);
    next = end(state, upAt, 'time-up');
  }
  if (next.status === 'ended') {
    if (next.ending === 'time-up' && !next.announced.timeUp) {
      alerts.push({ kind: 'timeUp' });
      next = { ...next, announced: { ...next.announced, timeUp: true } };
    }
    return { state: next, alerts };
  }
  const view = snapshot(next, now);
  let announced = next.announced;
  if (view.phase > announced.phase) {
    const phase = next.plan.phases[view.phase];
    if (phase) alerts.push({ kind: 'phase', phase: view.phase, title: phase.title, minutes: phase.minutes });
    announced = { ...announced, phase: view.phase };
  }
  // Only for plans longer than the warning itself, and only while it is still true.
  // Probes in order; after a long gap (a sleep), every one now due arrives at once.
  const probes = next.plan.mock?.probes ?? [];
  for (let index = announced.probes ?? 0; index < probes.length; index++) {
    const probe = probes[index];
    if (!probe || probe.atMs > view.elapsedMs) break;
    alerts.push({ kind: 'probe', index, probe: probe.probe, atMs: probe.atMs });
    announced = { ...announced, probes: index + 1 };
  }
  if (!announced.fiveMinutes && totalMs > warningMs && view.remainingMs <= warningMs) {
    alerts.push({ kind: 'fiveMinutes' });
    announced = { ...announced, fiveMinutes: true };
  }
  if (announced !== next.announced) next = { ...next, announced };
  return { state: next, alerts };
}

/** Milliseconds from `now` to the next moment the display or an alert changes (for the host's tick). */
export function nextChangeIn(state: TimerState, now: number): number | undefined {
  if (state.status !== 'running') return undefined;
  const { remainingMs, elapsedMs: elapsed } = snapshot(state, now);
  // The display shows whole seconds, rounded up: it changes when the remainder crosses one.
  const toSecond = remainingMs % 1000 === 0 ? 1000 : remainingMs % 1000;
  // A probe of a shortened round may fall between two shown seconds.
  const probe = state.plan.mock?.probes?.[state.announced.probes ?? 0];
  const toProbe = probe && probe.atMs > elapsed ? probe.atMs - elapsed : Infinity;
  return Math.max(1, Math.min(toSecond, remainingMs, toProbe));
}

/** `m:ss` or `h:mm:ss` of a duration, whole seconds rounded up (a timer shows 0:00 only at the end). */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

function isProblem(value: unknown): value is TimerProblem {
  if (!isRecord(value)) return false;
  const { problem, title, folder, targetMinutes, solvedMs, passed, total } = value;
  return typeof problem === 'string' && typeof title === 'string' && typeof folder === 'string' && finite(targetMinutes)
    && (solvedMs === undefined || finite(solvedMs)) && (passed === undefined || finite(passed)) && (total === undefined || finite(total));
}

/**
 * A stored state read back (after a reload or a crash): the state, or
 * undefined when it is not one (an older version's, or damaged) — the caller says so.
 */
export function parseTimerState(value: unknown): TimerState | undefined {
  if (!isRecord(value)) return undefined;
  const { session, plan, startedAt, status, bankedMs, runningSince, skips, endedAt, ending, announced } = value;
  if (typeof session !== 'string' || !finite(startedAt) || !finite(bankedMs) || !isRecord(plan) || !isRecord(announced)) return undefined;
  if (status !== 'running' && status !== 'paused' && status !== 'ended') return undefined;
  if (status === 'running' ? !finite(runningSince) : runningSince !== undefined) return undefined;
  if (!Array.isArray(skips) || !skips.every((skip) => isRecord(skip) && finite(skip['to']) && finite(skip['atMs']))) return undefined;
  if ((endedAt !== undefined && !finite(endedAt)) || (ending !== undefined && ending !== 'time-up' && ending !== 'stopped' && ending !== 'finished')) return undefined;
  if (typeof announced['phase'] !== 'number' || typeof announced['fiveMinutes'] !== 'boolean' || typeof announced['timeUp'] !== 'boolean') return undefined;
  if (announced['probes'] !== undefined && typeof announced['probes'] !== 'number') return undefined;
  return parsePlan(plan) ? (value as unknown as TimerState) : undefined;
}

/** A plan from outside (storage, a command's argument) if it is one that can run; otherwise undefined. */
export function parsePlan(value: unknown): TimerPlan | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, title, phases, loop, round, problems, mock } = value;
  if ((kind !== 'mock-round' && kind !== 'custom' && kind !== 'coding-session') || typeof title !== 'string' || !optionalString(loop) || !optionalString(round)) return undefined;
  if (!Array.isArray(phases) || !phases.every((phase) => isRecord(phase) && typeof phase['title'] === 'string' && finite(phase['minutes']))) return undefined;
  if (problems !== undefined && !(Array.isArray(problems) && problems.every(isProblem))) return undefined;
  if (mock !== undefined && parseMockSetup(mock) === undefined) return undefined;
  const plan = value as unknown as TimerPlan;
  return planProblem(plan) === undefined ? plan : undefined;
}
