import type { ProblemRecord } from './attempts';
import { plural } from '../plural';
import { describeSolveTime } from './wording';

// How a problem's record reads in the Problems view and the scaffold picker (issue 17:
// "1 runs", and "best 0:28" with no unit).

/** The record in a row: "solved · best 28 s", "solved", "attempted 1×", or "new". */
export function describeRecord(record: ProblemRecord | undefined): string {
  if (!record || record.status === 'new') return 'new';
  if (record.status === 'attempted') return `attempted ${record.attempts}×`;
  return record.bestSeconds === undefined ? 'solved' : `solved · best ${describeSolveTime(record.bestSeconds)}`;
}

/** The status line of a problem's tooltip: "solved (1 run)", "attempted (3 runs)", "new". */
export function describeStatus(record: ProblemRecord | undefined): string {
  return record ? `${record.status} (${plural(record.attempts, 'run')})` : 'new';
}
