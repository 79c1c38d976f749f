import type { DeckDiagnostic, DeckFix, SourceEdit, SourceRange } from './types';

// Quick fixes: the parser writes each correction it names into its diagnostic (see
// DeckDiagnostic.fixes); these helpers find it again for the editor and apply it in tests.

/** A diagnostic as the editor hands it back: its code, message and place. */
export interface DiagnosticKey {
  readonly code: string;
  readonly message: string;
  readonly range: SourceRange;
}

/** The fixes of the parsed diagnostic the editor's diagnostic stands for (same code, message and range). */
export function fixesFor(diagnostics: readonly DeckDiagnostic[], wanted: DiagnosticKey): readonly DeckFix[] {
  const found = diagnostics.find((diagnostic) => diagnostic.code === wanted.code && diagnostic.message === wanted.message && sameRange(diagnostic.range, wanted.range));
  return found?.fixes ?? [];
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

/** The text with the edits applied, positions as parsed (no BOM, lines split at \n, \r\n or \r); the edits must not overlap. */
export function applyEdits(text: string, edits: readonly SourceEdit[]): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineStarts = [0];
  for (const match of withoutBom.matchAll(/\r\n?|\n/g)) lineStarts.push(match.index + match[0].length);
  const offset = (line: number, column: number): number => {
    const start = lineStarts[line];
    if (start === undefined) return withoutBom.length;
    const next = lineStarts[line + 1];
    const lineEnd = next === undefined ? withoutBom.length : next - (withoutBom.charAt(next - 2) === '\r' ? 2 : 1);
    return Math.min(start + column, lineEnd);
  };
  const placed = edits
    .map((edit) => ({ from: offset(edit.range.startLine, edit.range.startColumn), to: offset(edit.range.endLine, edit.range.endColumn), newText: edit.newText }))
    .sort((a, b) => b.from - a.from);
  let result = withoutBom;
  for (const { from, to, newText } of placed) result = result.slice(0, from) + newText + result.slice(to);
  return result;
}

/** A fix that replaces one range. */
export function replaceFix(title: string, range: SourceRange, newText: string, preferred: boolean): DeckFix {
  return { title, edits: [{ range, newText }], preferred };
}

/** The range of a whole line with its line break (the previous one for the last line), to delete it. */
export function wholeLineRange(lines: readonly string[], line: number): SourceRange {
  if (line + 1 < lines.length) return { startLine: line, startColumn: 0, endLine: line + 1, endColumn: 0 };
  const previous = Math.max(0, line - 1);
  return { startLine: previous, startColumn: line === 0 ? 0 : (lines[previous] ?? '').length, endLine: line, endColumn: (lines[line] ?? '').length };
}

/** An empty range at a place, for insertions. */
export function pointRange(line: number, column: number): SourceRange {
  return { startLine: line, startColumn: column, endLine: line, endColumn: column };
}

/** `base`, or `base-2`, `base-3`… whichever is not in `taken`; the result is added to `taken`. */
export function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let attempt = 2; taken.has(id); attempt++) id = `${base}-${attempt}`;
  taken.add(id);
  return id;
}

/** Levenshtein distance, for "did you mean" on short words. */
export function editDistance(a: string, b: string): number {
  // Far apart in length is far apart: a 300,000-character word need not be compared letter by letter.
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
