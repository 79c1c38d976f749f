// What a candidate is told where they work after a practice problem's run (issue 17): the
// status bar and a notification, besides the Testing view, and with a failure the test
// that failed as it is written (its inputs are in it).

import { plural } from '../plural';

export interface RunSummary {
  /** The problem's title and language, e.g. "Jump Game (Python)". */
  readonly title: string;
  readonly passed: number;
  readonly total: number;
  readonly durationMs: number;
  /** Why the run was stopped (timed out, memory limit…), when it was. */
  readonly stopped?: string;
  /** The first failing test, as listed, and the first line of what it reported. */
  readonly firstFailure?: { readonly test: string; readonly message: string };
}

export interface Verdict {
  readonly passedAll: boolean;
  /** The status bar's text (with a codicon). */
  readonly statusText: string;
  /** The notification's text. */
  readonly notice: string;
}

/** "0.37 s", "12 s", "1 min 5 s": with its unit, always. */
export function describeDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

const shorten = (text: string, length: number): string => {
  const line = text.split('\n').find((part) => part.trim() !== '')?.trim() ?? '';
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
};

export function describeRun(run: RunSummary): Verdict {
  const passedAll = run.stopped === undefined && run.total > 0 && run.passed === run.total;
  const name = run.title.replace(/\s*\((Python|TypeScript)\)$/, '');
  const time = describeDuration(run.durationMs);
  if (passedAll) {
    return { passedAll, statusText: `$(pass-filled) ${name} · ${run.passed}/${run.total} passed · ${time}`, notice: `${run.title}: ${run.total === 1 ? 'the one test' : `all ${run.total} tests`} passed in ${time}.` };
  }
  const counts = run.total > 0 ? `${run.passed}/${run.total} passed` : 'no test ran';
  const why = run.stopped ?? (run.firstFailure ? `First failure, ${run.firstFailure.test}: ${shorten(run.firstFailure.message, 160)}` : undefined);
  return {
    passedAll,
    statusText: `$(error) ${name} · ${counts} · ${time}`,
    notice: `${run.title}: ${run.total > 0 ? `${run.passed} of ${plural(run.total, 'test')} passed` : 'no test ran'}.${why ? ` ${why.replace(/[\s.:;,]+$/, '')}.` : ''}`,
  };
}

/**
 * The lines of the test that starts at `line` (0-based) of a test file, up to the next test
 * (`nextLine`) or `limit` lines, without trailing blank lines: the inputs a failure was given.
 */
export function testSource(source: string, line: number, nextLine: number | undefined, limit = 14): string {
  const lines = source.split('\n').slice(line, Math.min(nextLine ?? Infinity, line + limit));
  while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
  const cut = nextLine === undefined ? lines.length === limit : nextLine - line > limit;
  return `${lines.join('\n')}${cut ? '\n…' : ''}`;
}
