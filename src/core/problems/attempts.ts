import type { LoggedEvent } from '../scheduling/reviewLog';

/**
 * A run of a practice problem's tests, as appended to the journal. The Problems feature
 * writes these; the Rounds view reads them to count linked problems solved.
 */
export const problemAttemptEventType = 'problems.attempt';

export interface ProblemAttemptData {
  /** The problem's slug, e.g. `top-k-frequent-elements`. */
  readonly problem: string;
  readonly language: 'python' | 'typescript';
  readonly passed: number;
  readonly total: number;
}

/** The slugs of problems with at least one run where every test passed. */
export function solvedProblems(events: readonly LoggedEvent[]): Set<string> {
  const solved = new Set<string>();
  for (const event of events) {
    if (event.type !== problemAttemptEventType || typeof event.data !== 'object' || event.data === null) continue;
    const { problem, passed, total } = event.data as Record<string, unknown>;
    if (typeof problem === 'string' && typeof total === 'number' && total > 0 && passed === total) solved.add(problem);
  }
  return solved;
}
