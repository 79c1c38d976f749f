import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document, type ErrorCode, type Pair } from 'yaml';
import * as z from 'zod/mini';
import { maxYamlDepth, tooDeep } from '../rounds/yamlSource';
import { editDistance, pointRange, replaceFix } from './fixes';
import type { DeckDiagnostic, DeckFix, SourceRange } from './types';

/** The deck fields the front matter gave in a usable form; the others are absent. */
export interface FrontMatterFields {
  readonly title?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly rounds?: readonly string[];
}

/** A deck file's front matter, read and checked. */
export interface FrontMatter {
  /** Whether the file starts with a `---` line. */
  readonly present: boolean;
  /** The first line after the front matter (0 when there is none). */
  readonly bodyStartLine: number;
  readonly fields: FrontMatterFields;
  readonly diagnostics: readonly DeckDiagnostic[];
}

const fence = /^---[ \t]*$/;

// The YAML mistakes a deck author is likely to make, with the fix in their terms.
const yamlHints: Partial<Record<ErrorCode, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'put a value that contains ": " in quotes',
  DUPLICATE_KEY: 'keep one of the two',
  BAD_INDENT: 'close every [ list with ] and start each key at the beginning of a line',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
};
// `kind: story` marks a story file (src/core/rounds/stories.ts); the parser itself ignores it.
const knownKeys = ['title', 'description', 'tags', 'rounds', 'kind'] as const;

// zod mini ships no English messages, and ours should say what to write anyway.
const nonEmptyText = (message: string): z.ZodMiniString =>
  z.string({ error: message }).check(z.trim(), z.minLength(1, { error: message }));

const titleSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'The deck needs a title: add a line such as "title: Word2Vec" to the front matter'
        : 'The title must be text: put it in quotes if YAML reads it as something else, e.g. title: "2026 prep"',
  })
  .check(z.trim(), z.minLength(1, { error: "The title is empty: write the deck's name after title:" }));
const descriptionSchema = z.optional(z.string({ error: 'The description must be text on one line, e.g. "description: Skip-gram and negative sampling"' }));
const tagsSchema = z.optional(
  z.array(nonEmptyText('Each tag must be text: quote numbers, e.g. tags: [nlp, "2026"]'), {
    error: 'tags must be a list: write it as tags: [nlp, embeddings]',
  }),
);
const roundsSchema = z
  .array(nonEmptyText('Each round must be a round id such as ml-fundamentals'), {
    error: (issue) =>
      issue.input === undefined
        ? 'The deck names no rounds: add a line such as "rounds: [ml-fundamentals]" (the rounds it prepares for)'
        : 'rounds must be a list: write it as rounds: [ml-fundamentals, system-design]',
  })
  .check(z.minLength(1, { error: 'rounds is empty: name at least one round, e.g. rounds: [ml-fundamentals]' }));

/**
 * Reads the YAML front matter between a first line `---` and the next `---` line. A YAML
 * syntax error makes all of it unusable; a field that fails its schema is left out, so
 * the caller falls back for that field alone.
 */
export function readFrontMatter(lines: readonly string[], knownRounds: ReadonlySet<string> | undefined, deckId = 'deck'): FrontMatter {
  if (!fence.test(lines[0] ?? '')) return { present: false, bodyStartLine: 0, fields: {}, diagnostics: [] };
  const openingRange: SourceRange = { startLine: 0, startColumn: 0, endLine: 0, endColumn: 3 };
  let closeLine = -1;
  for (let line = 1; line < lines.length; line++) {
    if (fence.test(lines[line] ?? '')) {
      closeLine = line;
      break;
    }
  }
  if (closeLine < 0) {
    const diagnostic: DeckDiagnostic = {
      severity: 'error',
      code: 'front-matter-unclosed',
      message: 'The front matter is never closed: add a line with only --- after its last key',
      range: openingRange,
      fixes: [closingFenceFix(lines)],
    };
    // Reading on from line 1 keeps every card; the unclosed YAML is then introduction text.
    return { present: true, bodyStartLine: 1, fields: {}, diagnostics: [diagnostic] };
  }

  const yamlText = lines.slice(1, closeLine).join('\n');
  const bodyStartLine = closeLine + 1;
  // The limit loops and cases have: the YAML parser recurses once per level, and a few
  // kilobytes of nesting overflowed its stack (a 9 MB one ran V8 out of memory).
  const deep = tooDeep(yamlText);
  if (deep) {
    const line = deep.line + 1;
    const range = { startLine: line, startColumn: 0, endLine: line, endColumn: (lines[line] ?? '').length };
    return { present: true, bodyStartLine, fields: {}, diagnostics: [{ severity: 'error', code: 'front-matter-yaml', message: `The front matter is nested more than ${maxYamlDepth} levels deep, so it is not read: write title, description, tags and rounds as plain keys and lists`, range }] };
  }
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    // The parser recurses; nothing it throws may leave the deck parser.
    return { present: true, bodyStartLine, fields: {}, diagnostics: [{ severity: 'error', code: 'front-matter-yaml', message: `The front matter cannot be read (${error instanceof Error ? error.message : String(error)}): simplify it to plain keys and lists`, range: openingRange }] };
  }
  const diagnostics: DeckDiagnostic[] = [];

  // YAML offsets to file positions: the YAML starts on file line 1.
  const rangeOf = (start: number, end: number): SourceRange => {
    let trimmedEnd = Math.min(end, yamlText.length);
    while (trimmedEnd > start && /\s/.test(yamlText.charAt(trimmedEnd - 1))) trimmedEnd--;
    const from = lineCounter.linePos(Math.min(start, yamlText.length));
    const to = lineCounter.linePos(Math.max(trimmedEnd, Math.min(start, yamlText.length)));
    return { startLine: from.line, startColumn: from.col - 1, endLine: to.line, endColumn: to.col - 1 };
  };

  for (const problem of [...document.errors, ...document.warnings]) {
    const range = rangeOf(problem.pos[0], problem.pos[1]);
    const tabs = problem.code === 'TAB_AS_INDENT' ? tabIndentFix(lines, range.startLine) : undefined;
    diagnostics.push({
      severity: document.errors.includes(problem) ? 'error' : 'warning',
      code: 'front-matter-yaml',
      message: `The front matter is not valid YAML (${problem.message.replace(/[.:\s]+$/, '')}): ${yamlHints[problem.code] ?? 'fix it here'}; until then the deck is titled after its file`,
      range,
      ...(tabs ? { fixes: [tabs] } : {}),
    });
  }
  if (document.errors.length > 0) return { present: true, bodyStartLine, fields: {}, diagnostics };

  let data: unknown;
  try {
    // Bounded aliases: a "billion laughs" front matter must not hang the extension host.
    data = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      code: 'front-matter-yaml',
      message: `The front matter cannot be read (${error instanceof Error ? error.message : String(error)}): simplify it to plain keys and lists`,
      range: openingRange,
    });
    return { present: true, bodyStartLine, fields: {}, diagnostics };
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    diagnostics.push({
      severity: 'error',
      code: 'front-matter-invalid',
      message: 'The front matter must be "key: value" lines: title, description, tags and rounds',
      range: isNode(document.contents) ? rangeOf(document.contents.range[0], document.contents.range[1]) : openingRange,
    });
    return { present: true, bodyStartLine, fields: {}, diagnostics };
  }
  const values = (data ?? {}) as Record<string, unknown>;
  const pairs = isMap(document.contents) ? (document.contents.items as Pair[]) : [];

  const pairOf = (key: string): Pair | undefined => pairs.find((pair) => keyText(pair) === key);
  const rangeOfPath = (path: readonly PropertyKey[]): SourceRange => {
    const [key, ...rest] = path;
    const pair = typeof key === 'string' ? pairOf(key) : undefined;
    // A missing key has no place of its own: point at the front matter's opening line.
    if (!pair || !isNode(pair.key) || !pair.key.range) return openingRange;
    if (rest.length > 0) {
      const node = document.getIn(path.filter((part): part is string | number => typeof part !== 'symbol'), true);
      if (isNode(node) && node.range) return rangeOf(node.range[0], node.range[1]);
    }
    const valueEnd = isNode(pair.value) && pair.value.range ? pair.value.range[1] : pair.key.range[1];
    return rangeOf(pair.key.range[0], valueEnd);
  };

  // A missing title is added (named after the file); a single tag or round becomes a list.
  const fieldFixes = (key: (typeof knownKeys)[number], value: unknown): DeckFix[] => {
    if (key === 'title' && value === undefined && pairOf('title') === undefined) return [replaceFix(`Add "title: ${yamlScalar(deckId)}"`, pointRange(1, 0), `title: ${yamlScalar(deckId)}\n`, true)];
    const node = pairOf(key)?.value;
    if ((key === 'tags' || key === 'rounds') && typeof value === 'string' && value.trim() !== '' && isScalar(node) && node.range) {
      const written = yamlText.slice(node.range[0], node.range[1]).trim();
      return [replaceFix(`Write ${key} as a list: [${written}]`, rangeOf(node.range[0], node.range[1]), `[${written}]`, true)];
    }
    return [];
  };

  const validate = <T>(key: (typeof knownKeys)[number], schema: z.ZodMiniType<T>): T | undefined => {
    // `description:` with nothing after it is null in YAML; treat it as left out.
    const value = values[key] ?? undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const fixes = fieldFixes(key, issue.path.length === 0 ? value : undefined);
      diagnostics.push({ severity: 'error', code: 'front-matter-invalid', message: issue.message, range: rangeOfPath([key, ...issue.path]), ...(fixes.length > 0 ? { fixes } : {}) });
    }
    return undefined;
  };
  const title = validate('title', titleSchema);
  const description = validate('description', descriptionSchema);
  const tags = validate('tags', tagsSchema);
  const rounds = validate('rounds', roundsSchema);

  for (const pair of pairs) {
    const key = keyText(pair);
    if ((knownKeys as readonly string[]).includes(key)) continue;
    const suggestion = knownKeys.find((known) => editDistance(known, key.toLowerCase()) <= 2);
    const range = isNode(pair.key) && pair.key.range ? rangeOf(pair.key.range[0], pair.key.range[1]) : openingRange;
    // Renaming to a key the front matter already has would make a duplicate key.
    const renamable = suggestion !== undefined && range !== openingRange && pairOf(suggestion) === undefined;
    diagnostics.push({
      severity: 'warning',
      code: 'front-matter-unknown-key',
      message: `Unknown front-matter key "${key}": ${suggestion ? `did you mean ${suggestion}? ` : ''}Loop Prep reads title, description, tags and rounds, and ignores the rest`,
      range,
      ...(renamable ? { fixes: [replaceFix(`Rename "${key}" to "${suggestion}"`, range, suggestion, true)] } : {}),
    });
  }

  if (rounds && knownRounds) {
    const known = [...knownRounds].sort().join(', ');
    rounds.forEach((round, index) => {
      if (knownRounds.has(round)) return;
      const range = rangeOfPath(['rounds', index]);
      diagnostics.push({
        severity: 'warning',
        code: 'unknown-round',
        message: `Unknown round "${round}": the deck will not show under it. Known rounds: ${known}`,
        range,
        ...(range === openingRange ? {} : { fixes: roundFixes(round, [...knownRounds], range) }),
      });
    });
  }

  return { present: true, bodyStartLine, fields: { title, description, tags, rounds }, diagnostics };
}

function keyText(pair: Pair): string {
  if (isScalar(pair.key)) return String(pair.key.value);
  return String(pair.key);
}

/** Each known round in place of an unknown one, nearest first; the nearest is preferred when it is a likely typo and the only one so near. */
function roundFixes(round: string, known: readonly string[], range: SourceRange): DeckFix[] {
  const ranked = known.map((id) => ({ id, distance: editDistance(round.toLowerCase(), id) })).sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  const [nearest, second] = ranked;
  const clear = nearest !== undefined && nearest.distance <= 3 && (second === undefined || second.distance > nearest.distance);
  return ranked.map(({ id }, index) => replaceFix(`Change to ${id}`, range, id, clear && index === 0));
}

/** A `---` line before the first blank line or heading after the opening `---` (or at the end). */
function closingFenceFix(lines: readonly string[]): DeckFix {
  let line = 1;
  while (line < lines.length && (lines[line] ?? '').trim() !== '' && !(lines[line] ?? '').startsWith('#')) line++;
  // Preferred when every line it closes reads as YAML keys or list items.
  const yamlLike = line > 1 && lines.slice(1, line).every((text) => /^([A-Za-z_][\w-]*[ \t]*:|[ \t]+\S|-[ \t])/.test(text));
  if (line < lines.length) return replaceFix(`Close the front matter with --- on line ${line + 1}`, pointRange(line, 0), '---\n', yamlLike);
  const last = lines.length - 1;
  return replaceFix('Close the front matter with --- at the end', pointRange(last, (lines[last] ?? '').length), '\n---', yamlLike);
}

/** Two spaces for each tab in a line's indent. */
function tabIndentFix(lines: readonly string[], line: number): DeckFix | undefined {
  const indent = /^[ \t]*/.exec(lines[line] ?? '')?.[0] ?? '';
  if (!indent.includes('\t')) return undefined;
  return replaceFix('Indent with spaces', { startLine: line, startColumn: 0, endLine: line, endColumn: indent.length }, indent.replace(/\t/g, '  '), true);
}

/** A YAML scalar for a title: plain when that reads back the same, quoted otherwise. */
export function yamlScalar(text: string): string {
  return /^[A-Za-z0-9][\w .()-]*$/.test(text) && !/[ ]$/.test(text) ? text : JSON.stringify(text);
}
