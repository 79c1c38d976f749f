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

/** Reads YAML without throwing: syntax errors and unreadable documents (alias bombs) become `errors`. */
export function readYaml(source: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
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

export type ContentLink = { readonly deck: string } | { readonly card: string } | { readonly problem: string };

/** A link to a deck, a card (its note id) or a practice problem. */
export const linkSchema = z.union([z.strictObject({ deck: id('A deck link') }), z.strictObject({ card: id('A card link') }), z.strictObject({ problem: id('A problem link') })], {
  error: 'A link is one of "deck: <deck id>", "card: <card id>" or "problem: <slug>"',
});

/** What links may point at; a link to anything else is a warning. Leave a set out to skip its check. */
export interface LinkTargets {
  readonly decks?: ReadonlySet<string>;
  readonly cards?: ReadonlySet<string>;
  readonly problems?: ReadonlySet<string>;
}

/** The kind and target of a link, and whether the targets say it does not exist. */
export function unknownLink(link: ContentLink, targets: LinkTargets): string | undefined {
  const [kind, target, known] = 'deck' in link ? ['deck', link.deck, targets.decks] : 'card' in link ? ['card', link.card, targets.cards] : ['problem', link.problem, targets.problems];
  return known && !known.has(target) ? `No ${kind} has the id "${target}"` : undefined;
}
