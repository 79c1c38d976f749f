import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import * as z from 'zod/mini';
import type { SourceRange } from '../decks/types';

// What loops, cases and question banks share: a YAML file read with the position of every
// node, so a bad field is reported at its line, and the small schemas they all use.

/** A YAML file read for validation: its data, or why it cannot be read, and where each path is written. */
export interface YamlSource {
  /** The file's data; undefined when it is not valid YAML (`errors` say where). */
  readonly data: unknown;
  readonly errors: readonly { readonly message: string; readonly range: SourceRange }[];
  /** Where a path of keys and indexes is written, or the nearest enclosing node (the whole file at worst). */
  at(path: readonly PropertyKey[]): SourceRange;
}

/**
 * The largest YAML file read (in characters). The YAML library parses about 1 MB a second
 * here, linearly: a checklist of 50,000 items (1.4 MB) took 2 s even when valid. No loop,
 * case or question file needs a twentieth of this (the largest built-in one is 52 KB).
 */
export const maxYamlCharacters = 1024 * 1024;

/** Deeper than any loop, case or question file needs; far below what overflows the parser's stack. */
export const maxYamlDepth = 64;

/**
 * The first line nested deeper than `maxYamlDepth`, found in one pass: block sequences on a
 * line ("- - - x"), indentation, and flow brackets outside quotes. The YAML parser recurses
 * once per level, so a few kilobytes of nesting overflowed its stack or took seconds;
 * refused here, a file like that costs one linear scan.
 */
export function tooDeep(source: string): { line: number; depth: number } | undefined {
  let flow = 0;
  let line = 0;
  let lineStart = 0;
  for (let index = 0; index <= source.length; index++) {
    const char = source.charCodeAt(index);
    if (index === source.length || char === 10) {
      // The block depth of the line just ended: its indentation and its leading "- " markers.
      let at = lineStart;
      let depth = 0;
      while (at < index && (source.charCodeAt(at) === 32 || source.charCodeAt(at) === 45 || source.charCodeAt(at) === 63)) {
        if (source.charCodeAt(at) !== 32) depth += 1;
        at += 1;
      }
      depth += Math.floor((at - lineStart) / 2);
      if (depth > maxYamlDepth * 2) return { line, depth };
      line += 1;
      lineStart = index + 1;
      continue;
    }
    if (char === 91 || char === 123) flow += 1;
    else if ((char === 93 || char === 125) && flow > 0) flow -= 1;
    else if (char === 35 && (index === lineStart || source.charCodeAt(index - 1) === 32) && flow === 0) {
      // A comment: skip to the end of the line.
      const end = source.indexOf('\n', index);
      index = (end === -1 ? source.length : end) - 1;
    } else if (char === 34 || char === 39) {
      // A quoted scalar on this line: brackets inside it do not nest.
      const end = source.indexOf(String.fromCharCode(char), index + 1);
      const newline = source.indexOf('\n', index + 1);
      if (end !== -1 && (newline === -1 || end < newline)) index = end;
    }
    if (flow > maxYamlDepth) return { line, depth: flow };
  }
  return undefined;
}

/** Reads YAML without throwing: syntax errors, nesting too deep and unreadable documents (alias bombs) become `errors`. */
export function readYaml(source: string): YamlSource {
  const lineCounter = new LineCounter();
  const fileStart: SourceRange = { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 };
  if (source.length > maxYamlCharacters) {
    return { data: undefined, errors: [{ message: `This file is ${Math.round(source.length / 1024).toLocaleString('en')} KB: Loop Prep reads loop, case, question and problem files up to ${maxYamlCharacters / 1024} KB (the largest built-in one is about 50 KB), so it is not read. Split it into several files`, range: fileStart }], at: () => fileStart };
  }
  const deep = tooDeep(source);
  if (deep) {
    const range = { startLine: deep.line, startColumn: 0, endLine: deep.line, endColumn: 0 };
    return { data: undefined, errors: [{ message: `Nested more than ${maxYamlDepth} levels deep: Loop Prep's files need only a few levels, so this one is not read`, range }], at: () => range };
  }
  let document: Document;
  try {
    document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    // The parser recurses; nothing it throws may leave this function.
    return { data: undefined, errors: [{ message: `The file cannot be read: ${error instanceof Error ? error.message : String(error)}`, range: fileStart }], at: () => fileStart };
  }
  const rangeOf = (start: number, end: number): SourceRange => {
    const from = lineCounter.linePos(Math.min(start, source.length));
    const to = lineCounter.linePos(Math.min(Math.max(end, start), source.length));
    return { startLine: from.line - 1, startColumn: from.col - 1, endLine: to.line - 1, endColumn: to.col - 1 };
  };
  const at = (path: readonly PropertyKey[]): SourceRange => rangeOfPath(document, path, rangeOf);
  if (document.errors.length > 0) {
    return { data: undefined, errors: document.errors.map((problem) => ({ message: `Not valid YAML: ${problem.message.split('\n')[0] ?? ''}`, range: rangeOf(problem.pos[0], problem.pos[1]) })), at };
  }
  try {
    return { data: document.toJS({ maxAliasCount: 50 }), errors: [], at };
  } catch (error) {
    return { data: undefined, errors: [{ message: `The file cannot be read: ${error instanceof Error ? error.message : String(error)}`, range: at([]) }], at };
  }
}

function rangeOfPath(document: Document, path: readonly PropertyKey[], rangeOf: (start: number, end: number) => SourceRange): SourceRange {
  const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
  for (let length = keys.length; length >= 0; length--) {
    const node: unknown = length === 0 ? document.contents : document.getIn(keys.slice(0, length), true);
    if (isNode(node) && node.range) return rangeOf(node.range[0], node.range[1]);
  }
  return { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 };
}

/** The id a file gives: its name without `.yaml`/`.yml`. */
export function yamlIdOf(file: string): string {
  const name = decodeURIComponent(file.split(/[\\/]/).pop() ?? file);
  return name.replace(/\.ya?ml$/i, '');
}

export const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Non-empty text (trimmed). */
export const text = (what: string): z.ZodMiniString => z.string({ error: `${what} must be text` }).check(z.trim(), z.minLength(1, { error: `${what} is empty` }));

/** An id: lowercase letters, digits and hyphens. */
export const id = (what: string): z.ZodMiniString => z.string({ error: `${what} must be text` }).check(z.regex(idPattern, { error: `${what} must be lowercase letters, digits and hyphens, e.g. coding-screen` }));

/** A whole number of minutes in a range. */
export const minutes = (low: number, high: number): z.ZodMiniNumber => z.number({ error: 'minutes must be a number' }).check(z.int({ error: 'minutes must be whole' }), z.minimum(low, { error: `minutes must be at least ${low}` }), z.maximum(high, { error: `minutes must be at most ${high}` }));

export { unknownLink, type ContentLink, type LinkTargets } from './links';

/** A link to a deck, a card (its note id) or a practice problem. */
export const linkSchema = z.union([z.strictObject({ deck: id('A deck link') }), z.strictObject({ card: id('A card link') }), z.strictObject({ problem: id('A problem link') })], {
  error: 'A link is one of "deck: <deck id>", "card: <card id>" or "problem: <slug>"',
});

