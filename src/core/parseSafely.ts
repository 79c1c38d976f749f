import type { SourceRange } from './decks/types';

/** What a parser failure becomes: an error on the file's first line. */
export interface ParseFailure {
  readonly severity: 'error';
  readonly code: 'parse-failed';
  readonly message: string;
  readonly range: SourceRange;
}

const firstLine: SourceRange = { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 };

/**
 * Runs one file's parser so that nothing it throws stops the other files from loading: an
 * exception becomes an error at the file's first line, which `failed` turns into that
 * parser's "nothing loaded" result. Every shell that reads a user's file calls its parser
 * through this.
 */
export function parseSafely<T>(parse: () => T, failed: (problem: ParseFailure) => T): T {
  try {
    return parse();
  } catch (error) {
    return failed(parseFailure(error));
  }
}

/** The error at a file's first line that says why its parser gave nothing (`error`: what it threw, or why it stopped). */
export function parseFailure(error: unknown): ParseFailure {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { severity: 'error', code: 'parse-failed', message: `Loop Prep could not read this file (${reason.slice(0, 300)}), so nothing in it is loaded; every other file still loads`, range: firstLine };
}
