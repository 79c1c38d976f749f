// The results a practice problem's runner reports (python_runner.py, node-reporter.mjs): one
// JSON object per line on the run's results channel.

/** One result line of python_runner.py or node-reporter.mjs. */
export interface CaseResult {
  readonly id: string;
  readonly status: 'passed' | 'failed' | 'errored' | 'skipped';
  readonly message?: string;
  readonly traceback?: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly line?: number | null;
  readonly durationMs?: number;
}

function isCaseResult(value: unknown): value is CaseResult {
  if (typeof value !== 'object' || value === null) return false;
  const { id, status } = value as Record<string, unknown>;
  return typeof id === 'string' && (status === 'passed' || status === 'failed' || status === 'errored' || status === 'skipped');
}

/** What a test reported more than once is shown as. */
export const reportedTwiceMessage = 'This test reported more than one result: something besides Loop Prep\'s runner wrote to its results channel.';

/**
 * The results on the runner's channel, by test id. A test reported twice counts as errored:
 * the runner writes one line per test, so a second is something else writing (a solution
 * forging "passed" lines before or after the real one).
 */
export function resultsById(text: string): Map<string, CaseResult> {
  const byId = new Map<string, CaseResult>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      // A torn last line (the run was stopped while writing): the case counts as not run.
      continue;
    }
    if (!isCaseResult(value)) continue;
    byId.set(value.id, byId.has(value.id) ? { id: value.id, status: 'errored', message: reportedTwiceMessage } : value);
  }
  return byId;
}
