import type { CardMemory, Grade } from '../scheduling/memory';
import type { LoggedEvent } from '../scheduling/fold';

// What the journal records about practice problems, and what is read back from it.
//   problems.scaffold  a problem written into the workspace (the clock starts)
//   problems.attempt   a run of its tests
//   problems.hint      a hint revealed
//   problems.solution  the reference solution revealed
// The Rounds view counts linked problems solved; the Problems view shows each problem's
// status, best time and due date.

export const problemScaffoldEventType = 'problems.scaffold';
export const problemAttemptEventType = 'problems.attempt';
export const problemHintEventType = 'problems.hint';
export const problemSolutionEventType = 'problems.solution';

export interface ProblemAttemptData {
  /** The problem's slug, e.g. `top-k-frequent-elements`. */
  readonly problem: string;
  readonly language: 'python' | 'typescript';
  readonly passed: number;
  readonly total: number;
  /** Seconds from the scaffold of this copy to the run. */
  readonly seconds?: number;
  readonly hintsRevealed?: number;
  /** The copy that ran, relative to the workspace (e.g. `practice/jump-game-2`). */
  readonly folder?: string;
}

export type ProblemStatus = 'new' | 'attempted' | 'solved';

export interface ProblemRecord {
  readonly status: ProblemStatus;
  readonly attempts: number;
  /** The fastest solve, in seconds from scaffold to the first all-passing run of a copy. */
  readonly bestSeconds: number | undefined;
  readonly lastAttempt: number | undefined;
}

/** A `problems.attempt` event's data if well formed. */
export function attemptData(data: unknown): ProblemAttemptData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { problem, language, passed, total, seconds, hintsRevealed, folder } = data as Record<string, unknown>;
  if (typeof problem !== 'string' || (language !== 'python' && language !== 'typescript')) return undefined;
  if (typeof passed !== 'number' || typeof total !== 'number' || !(passed >= 0 && passed <= total)) return undefined;
  return {
    problem,
    language,
    passed,
    total,
    ...(typeof seconds === 'number' && Number.isFinite(seconds) ? { seconds } : {}),
    ...(typeof hintsRevealed === 'number' ? { hintsRevealed } : {}),
    ...(typeof folder === 'string' ? { folder } : {}),
  };
}

/** Whether a run passed every test (a run with no tests passes nothing). */
export function isSolve(attempt: ProblemAttemptData): boolean {
  return attempt.total > 0 && attempt.passed === attempt.total;
}

/** What a solve of one scaffolded copy showed. */
export interface SolveEvidence {
  /** The first run of this copy passed every test. */
  readonly firstRunPassed: boolean;
  /** Minutes from scaffold to the passing run. */
  readonly minutes: number;
  readonly targetMinutes: number;
  readonly hintsRevealed: number;
  /** The reference solution was shown before the tests passed. */
  readonly solutionRevealed: boolean;
}

/**
 * The FSRS grade a solve earns (documented in problems/README.md, "Scheduling"):
 *   Again (1)  the reference solution was revealed before the tests passed;
 *   Hard (2)   two or more hints, or more than twice the target time;
 *   Easy (4)   the first run passed, no hint, within the target time;
 *   Good (3)   any other solve.
 */
export function gradeSolve(evidence: SolveEvidence): Grade {
  if (evidence.solutionRevealed) return 1;
  if (evidence.hintsRevealed >= 2 || evidence.minutes > 2 * evidence.targetMinutes) return 2;
  if (evidence.firstRunPassed && evidence.hintsRevealed === 0 && evidence.minutes <= evidence.targetMinutes) return 4;
  return 3;
}

/** A problem graded on the FSRS schedule: the memory after a solve (like a card's review). */
export const problemReviewEventType = 'problems.review';

export interface ProblemReviewData {
  readonly problem: string;
  readonly grade: Grade;
  readonly memory: CardMemory;
}

/** What the journal says about one scaffolded copy (a practice folder), for grading its solve. */
export interface CopyHistory {
  readonly attempts: number;
  readonly solved: boolean;
  readonly hintsRevealed: number;
  readonly solutionRevealed: boolean;
}

/** The history of the copy in `folder` (workspace-relative, as the events record it). */
export function copyHistory(events: readonly LoggedEvent[], folder: string): CopyHistory {
  let attempts = 0;
  let solved = false;
  let hintsRevealed = 0;
  let solutionRevealed = false;
  for (const event of events) {
    if (typeof event.data !== 'object' || event.data === null) continue;
    const data = event.data as Record<string, unknown>;
    if (data['folder'] !== folder) continue;
    if (event.type === problemAttemptEventType) {
      const attempt = attemptData(event.data);
      if (!attempt) continue;
      attempts += 1;
      if (isSolve(attempt)) solved = true;
    } else if (event.type === problemHintEventType) hintsRevealed += 1;
    else if (event.type === problemSolutionEventType && !solved) solutionRevealed = true;
  }
  return { attempts, solved, hintsRevealed, solutionRevealed };
}
