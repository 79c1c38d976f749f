import type { CardMemory } from '../scheduling/memory';
import type { LoggedEvent } from '../scheduling/fold';
import { attemptData, isSolve, problemAttemptEventType, problemReviewEventType, type ProblemRecord } from './attempts';

// The practice problems' part of the learner's state, folded from the journal in one
// pass: which problems were solved, each one's record (status, attempts, best time), and
// each graded problem's FSRS memory (when it is due again).

export interface FoldedProblems {
  /** Problems with at least one run where every test passed. */
  readonly solved: ReadonlySet<string>;
  /** Each attempted problem's status, attempts, best time and last attempt. */
  readonly records: ReadonlyMap<string, ProblemRecord>;
  /** Each graded problem's memory after its last graded solve. */
  readonly memories: ReadonlyMap<string, CardMemory>;
}

/** Folds the journal's problem events (in time order). Malformed ones are passed over. */
export function foldProblems(events: readonly LoggedEvent[]): FoldedProblems {
  const solved = new Set<string>();
  const records = new Map<string, ProblemRecord>();
  const memories = new Map<string, CardMemory>();
  for (const event of events) {
    if (event.type === problemAttemptEventType) {
      const attempt = attemptData(event.data);
      if (!attempt) continue;
      const before = records.get(attempt.problem) ?? { status: 'new', attempts: 0, bestSeconds: undefined, lastAttempt: undefined };
      const solve = isSolve(attempt);
      if (solve) solved.add(attempt.problem);
      const best = solve && attempt.seconds !== undefined ? Math.min(before.bestSeconds ?? Infinity, attempt.seconds) : before.bestSeconds;
      records.set(attempt.problem, {
        status: solve || before.status === 'solved' ? 'solved' : 'attempted',
        attempts: before.attempts + 1,
        bestSeconds: best,
        lastAttempt: event.time,
      });
    } else if (event.type === problemReviewEventType && typeof event.data === 'object' && event.data !== null) {
      const { problem, memory } = event.data as Record<string, unknown>;
      if (typeof problem !== 'string' || typeof memory !== 'object' || memory === null) continue;
      const { due, stability } = memory as Record<string, unknown>;
      if (typeof due !== 'number' || typeof stability !== 'number') continue;
      memories.set(problem, memory as CardMemory);
    }
  }
  return { solved, records, memories };
}

/** The problems due at `now`, soonest first. */
export function dueProblems(memories: ReadonlyMap<string, CardMemory>, now: number): string[] {
  return [...memories].filter(([, memory]) => memory.due <= now).sort(([, a], [, b]) => a.due - b.due).map(([slug]) => slug);
}
