import MarkdownIt, { type StateBlock } from 'markdown-it';
import { clozeSides, scanClozes, type ClozeProblem } from './cloze';
import { editDistance, freeId, pointRange, replaceFix, wholeLineRange } from './fixes';
import { readFrontMatter, yamlScalar } from './frontMatter';
import { slugify } from './slug';
import { fileName } from './duplicates';
import type { Card, CardKind, Deck, DeckDiagnostic, DeckFix, ParsedDeck, SourceRange } from './types';

export { findDuplicateCardIds, findDuplicateDeckIds } from './duplicates';

/** What a card id may look like. No `:`, so a note id never collides with `id:reverse` or `id:c1`. */
export const cardIdPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Where a deck comes from, and (optionally) the round ids its front matter may name. */
export interface ParseDeckOptions {
  /** The deck's path or URI; its name without `.md` is the deck id. */
  readonly file: string;
  /** When given, a round not in this set is a warning. */
  readonly knownRounds?: ReadonlySet<string>;
  /**
   * Called for each note that loads, with its Markdown as written (the lines under its
   * heading, without the blank lines around them). Cards no longer show a cloze note's
   * `{{cN::…}}` markers, and an exporter needs them.
   */
  readonly onNote?: (noteId: string, markdown: string) => void;
}

/**
 * markdown-it's paragraph rule, pushing one `paragraph` token with the paragraph's lines
 * instead of open/inline/close tokens and the joined text, which nothing here reads. It
 * ends a paragraph exactly where markdown-it does: at a blank line, or at a block that
 * may interrupt a paragraph.
 */
function paragraphLines(state: StateBlock, startLine: number, endLine: number): boolean {
  const terminators = state.md.block.ruler.getRules('paragraph');
  const parentType = state.parentType;
  state.parentType = 'paragraph';
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    const indent = state.sCount[nextLine] ?? 0;
    // Over-indented and lazy continuation lines never end a paragraph.
    if (indent - state.blkIndent > 3 || indent < 0) continue;
    if (terminators.some((rule) => rule(state, nextLine, endLine, true))) break;
  }
  state.parentType = parentType;
  state.line = nextLine;
  const token = state.push('paragraph', 'p', 0);
  token.map = [startLine, nextLine];
  return true;
}

// Only the block structure matters here (headings, paragraphs, fences): the inline pass is
// off and a paragraph is one token, which halves the parse of a 10,000-card deck. Newlines
// are normalised before parsing, so markdown-it's own normalising pass is off too. A card's
// Markdown is sliced from the source lines, never re-rendered.
const markdown = new MarkdownIt({ html: false });
markdown.core.ruler.enableOnly(['block']);
markdown.block.ruler.at('paragraph', paragraphLines);

const separatorLine = /^\s*\?\??\s*$/;
const attributeBlock = /\{([^{}]*)\}$/;

interface Heading {
  readonly line: number;
  /** The heading's text without `##` and closing hashes, as markdown-it reads it. */
  readonly content: string;
}

interface HeadingParts {
  readonly title: string;
  readonly id: string | undefined;
  readonly idRange: SourceRange | undefined;
  readonly reversed: boolean;
  /** Where `reversed` is written, when it is. */
  readonly reversedRange: SourceRange | undefined;
  readonly unknownOptions: readonly { readonly option: string; readonly range: SourceRange }[];
}

/** Card text: lines of the file without the blank lines around them. */
interface Body {
  readonly text: string;
  /** The file line `text` starts on. */
  readonly firstLine: number;
}

/** What reading one note needs and adds to. */
interface NoteContext {
  readonly file: string;
  readonly deckId: string;
  readonly lines: readonly string[];
  readonly diagnostics: DeckDiagnostic[];
  readonly cards: Card[];
  /** Ids seen so far in this deck, where they are written. */
  readonly firstUse: Map<string, { readonly line: number; readonly range: SourceRange }>;
  readonly onNote: ParseDeckOptions['onNote'];
  /** Every id written in the deck's card headings (for fixes that pick a free one); found on first use. */
  readonly takenIds: () => Set<string>;
  readonly budget: FixBudget;
}

/** How many more diagnostics of a deck may carry fixes (see maxFixedDiagnostics). */
interface FixBudget {
  left: number;
}

/**
 * The most diagnostics of one deck given quick fixes. The Problems panel lists a file's
 * first 1,000 problems, so fixes past them could not be reached; without the limit,
 * 100,000 cards without ids took twice as long to parse, and 400,000 unknown options in
 * one heading four times as long.
 */
export const maxFixedDiagnostics = 1_000;

/** `{ fixes }` for a diagnostic while the deck's budget lasts (the fixes are made only then), else nothing. */
function withFixes(budget: FixBudget, make: () => readonly DeckFix[]): { fixes?: readonly DeckFix[] } {
  if (budget.left <= 0) return {};
  const fixes = make();
  if (fixes.length === 0) return {};
  budget.left--;
  return { fixes };
}

/** Reads one deck file. Bad input becomes diagnostics, never an exception, and every good card still loads. */
export function parseDeck(text: string, options: ParseDeckOptions): ParsedDeck {
  const { file, knownRounds } = options;
  const deckId = deckIdOf(file);
  // VS Code drops a BOM from the document it shows, so positions are counted without it.
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const normalized = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  const lines = normalized.split('\n');
  const frontMatter = readFrontMatter(lines, knownRounds, deckId);
  const diagnostics: DeckDiagnostic[] = [...frontMatter.diagnostics];
  const bodyStart = frontMatter.bodyStartLine;

  const budget: FixBudget = { left: maxFixedDiagnostics };
  const headings: Heading[] = [];
  const separatorLines: number[] = [];
  let bodyOffset = 0;
  for (let line = 0; line < bodyStart; line++) bodyOffset += (lines[line]?.length ?? 0) + 1;
  const tokens = markdown.parse(normalized.slice(bodyOffset), {});
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token?.map) continue;
    const startLine = token.map[0] + bodyStart;
    const endLine = token.map[1] + bodyStart;
    if (token.type === 'paragraph') {
      // A `?` line inside a paragraph (no blank lines around it) still separates; lines in
      // code blocks are never in a paragraph, so a `?` there is just code.
      for (let line = startLine; line < endLine; line++) {
        if (separatorLine.test(lines[line] ?? '')) separatorLines.push(line);
      }
    } else if (token.type === 'heading_open') {
      const content = tokens[index + 1]?.content ?? '';
      // Only top-level ATX `##` headings start cards: a setext heading (text over `---`)
      // is too easy to make by accident, and a heading in a list or quote is card content.
      if (token.tag === 'h2' && token.markup === '##' && token.level === 0) {
        headings.push({ line: startLine, content });
      } else if (splitHeading(content, startLine, lines[startLine] ?? '').id !== undefined) {
        diagnostics.push({
          severity: 'error',
          code: 'card-wrong-heading-level',
          message: 'This heading has a card id but is not a card: cards start with a ## heading at the start of a line (## Title {#id})',
          range: lineRange(lines, startLine),
          ...(token.level === 0 ? withFixes(budget, () => headingLevelFixes(lines, startLine)) : {}),
        });
      }
    } else if (token.type === 'fence' && !isClosedFence(token.markup, lines, startLine, endLine)) {
      diagnostics.push({
        severity: 'error',
        code: 'code-fence-unclosed',
        message: `This code block is never closed, so everything after it, cards included, is read as code: add a line with ${token.markup} after the code`,
        range: lineRange(lines, startLine),
        // In a list or quote the closing fence needs their markers too: no fix is guessed there.
        ...(token.level === 0 ? withFixes(budget, () => [closeFenceFix(lines, startLine, token.markup)]) : {}),
      });
    }
  }

  let taken: Set<string> | undefined;
  const takenIds = (): Set<string> => {
    taken ??= new Set(headings.flatMap((heading) => splitHeading(heading.content, heading.line, lines[heading.line] ?? '').id ?? []));
    return taken;
  };
  const context: NoteContext = { file, deckId, lines, diagnostics, cards: [], firstUse: new Map(), onNote: options.onNote, takenIds, budget };
  let separatorIndex = 0;
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index];
    if (!heading) continue;
    const end = headings[index + 1]?.line ?? lines.length;
    const separators: number[] = [];
    for (; separatorIndex < separatorLines.length; separatorIndex++) {
      const line = separatorLines[separatorIndex] ?? end;
      if (line >= end) break;
      // Separators in the introduction, before the first card, are ignored with it.
      if (line > heading.line) separators.push(line);
    }
    readNote(context, heading, end, separators);
  }

  let deck: Deck | undefined;
  if (frontMatter.present || headings.length > 0) {
    const { title, description, tags, rounds } = frontMatter.fields;
    deck = {
      id: deckId,
      file,
      title: title ?? deckId,
      ...(description === undefined ? {} : { description }),
      tags: tags ?? [],
      rounds: rounds ?? [],
    };
    if (!frontMatter.present) {
      diagnostics.push({
        severity: 'error',
        code: 'front-matter-missing',
        message: 'This deck has no front matter: start the file with a --- line, "title: …", "rounds: […]" and another --- line. Until then it is titled after its file and serves no round',
        range: lineRange(lines, 0),
        fixes: [frontMatterFix(deckId, true)],
      });
    } else if (headings.length === 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'deck-no-cards',
        message: 'This deck has no cards yet: add one as a "## Title {#some-id}" heading, then the question, a line with only ?, and the answer',
        range: lineRange(lines, 0),
      });
    }
  } else {
    diagnostics.push({
      severity: 'warning',
      code: 'deck-empty',
      message: 'This file is not a deck yet: start it with front matter (---, "title: …", "rounds: […]", ---) and add cards as "## Title {#some-id}" headings',
      range: lineRange(lines, 0),
      // Not preferred: the file may be a note that is not meant to be a deck.
      fixes: [frontMatterFix(deckId, false)],
    });
  }

  diagnostics.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn);
  return { file, deck, cards: context.cards, diagnostics };
}

/** Reads the note under one `##` heading (up to line `end`) into zero or more cards. */
function readNote(context: NoteContext, heading: Heading, end: number, separators: readonly number[]): void {
  const { file, deckId, lines, diagnostics, cards, firstUse, budget } = context;
  const rawHeading = lines[heading.line] ?? '';
  const parts = splitHeading(heading.content, heading.line, rawHeading);
  for (const { option, range } of parts.unknownOptions) {
    const fixes = (): DeckFix[] => {
      const remove = replaceFix(`Remove ${option}`, withSpaceBefore(rawHeading, range), '', option.startsWith('#'));
      return option.startsWith('#') || parts.reversed || editDistance(option.toLowerCase(), 'reversed') > 3 ? [remove] : [replaceFix(`Change ${option} to reversed`, range, 'reversed', true), remove];
    };
    diagnostics.push({
      severity: 'warning',
      code: 'card-unknown-option',
      message: option.startsWith('#')
        ? `A card has one id: remove ${option}`
        : `Unknown card option "${option}": the only option is reversed, as in {#some-id reversed}`,
      range,
      ...withFixes(budget, fixes),
    });
  }

  const { id, idRange } = parts;
  // A free id is looked for only while fixes are written; past them the message suggests one from the title.
  const fixable = budget.left > 0;
  if (id === undefined || idRange === undefined) {
    const suggested = fixable ? freeId(suggestId(parts.title), context.takenIds()) : suggestId(parts.title);
    const hashes = /^ {0,3}#+/.exec(rawHeading)?.[0].length ?? 0;
    // After the title, before any closing hashes (`## Title ##`).
    const at = heading.content === '' ? rawHeading.trimEnd().length : rawHeading.indexOf(heading.content, hashes) + heading.content.length;
    diagnostics.push({
      severity: 'error',
      code: 'card-missing-id',
      message: `Card has no id: add {#${suggested}} at the end of the heading. Keep the id when you edit the card: it carries the card's review history`,
      range: lineRange(lines, heading.line),
      ...withFixes(budget, () => [replaceFix(`Add the id {#${suggested}}`, pointRange(heading.line, at), ` {#${suggested}}`, true)]),
    });
    return;
  }
  if (!cardIdPattern.test(id)) {
    const suggested = fixable ? freeId(suggestId(id), context.takenIds()) : suggestId(id);
    diagnostics.push({
      severity: 'error',
      code: 'card-invalid-id',
      message: `Card id "${id}" is not valid: use lowercase letters, digits and hyphens, starting with a letter or digit, e.g. {#${suggested}}`,
      range: idRange,
      ...withFixes(budget, () => [replaceFix(`Change the id to #${suggested}`, idRange, `#${suggested}`, true)]),
    });
    return;
  }
  const first = firstUse.get(id);
  if (first) {
    // Both places, since either may be the one to rename; the fix renames the later one,
    // as the first card keeps loading (and may have a review history under the id).
    const [fix] = withFixes(budget, () => [renameFix(id, heading.line, idRange, context.takenIds())]).fixes ?? [];
    diagnostics.push(
      duplicateIdDiagnostic(id, first.range, `is used again on line ${heading.line + 1}`, fix),
      duplicateIdDiagnostic(id, idRange, `is already used on line ${first.line + 1}`, fix),
    );
    return;
  }
  firstUse.set(id, { line: heading.line, range: idRange });

  const note: Note = { noteId: id, deckId, title: parts.title === '' ? id : parts.title, source: { file, line: heading.line, idRange } };

  if (separators.length > 1) {
    diagnostics.push({
      severity: 'error',
      code: 'card-extra-separator',
      message: 'This card has a second ? line: keep exactly one, between the question and the answer',
      range: lineRange(lines, separators[1] ?? heading.line),
      // Not preferred: which of the two lines is the separator only the author knows.
      ...withFixes(budget, () => (separators[1] === undefined ? [] : [replaceFix('Remove this ? line', wholeLineRange(lines, separators[1]), '', false)])),
    });
    return;
  }

  const separator = separators[0];
  if (separator !== undefined) {
    const marker = (lines[separator] ?? '').trim();
    const front = sliceBody(lines, heading.line + 1, separator);
    const back = sliceBody(lines, separator + 1, end);
    if (front.text === '') {
      diagnostics.push({ severity: 'error', code: 'card-empty-front', message: `Nothing above the ${marker} line: write the question above it`, range: lineRange(lines, separator) });
    }
    if (back.text === '') {
      diagnostics.push({ severity: 'error', code: 'card-empty-back', message: `Nothing below the ${marker} line: write the answer below it`, range: lineRange(lines, separator) });
    }
    if (parts.reversed && marker === '?') {
      diagnostics.push({
        severity: 'warning',
        code: 'card-separator-mismatch',
        message: 'This card is marked reversed, so separate its two sides with ??: change ? to ?? (it loads as reversed meanwhile)',
        range: lineRange(lines, separator),
        ...withFixes(budget, () => [replaceFix('Change ? to ??', lineRange(lines, separator), '??', true)]),
      });
    } else if (!parts.reversed && marker === '??') {
      diagnostics.push({
        severity: 'warning',
        code: 'card-separator-mismatch',
        message: `?? makes a two-way card only with reversed in the heading: write {#${id} reversed}, or change ?? to ? for a one-way card (it loads as one-way meanwhile)`,
        range: lineRange(lines, separator),
        // Neither is preferred: the author meant one of the two.
        ...withFixes(budget, () => [
          replaceFix(`Make it two-way: {#${id} reversed}`, pointRange(idRange.endLine, idRange.endColumn), ' reversed', false),
          replaceFix('Make it one-way: change ?? to ?', lineRange(lines, separator), '?', false),
        ]),
      });
    }
    const misplaced = firstClozeRange(front) ?? firstClozeRange(back);
    if (misplaced) {
      diagnostics.push({
        severity: 'warning',
        code: 'cloze-with-separator',
        message: `Clozes only work in a card without a ${marker} line: remove the ${marker} line to make a cloze card, or remove the {{c…::}} markers (they show as written meanwhile)`,
        range: misplaced,
        ...withFixes(budget, () => [replaceFix(`Make it a cloze card: remove the ${marker} line`, wholeLineRange(lines, separator), '', false)]),
      });
    }
    if (front.text === '' || back.text === '') return;
    if (parts.reversed) {
      cards.push(makeCard(note, id, 'reversed', front.text, back.text), makeCard(note, `${id}:reverse`, 'reversed', back.text, front.text));
    } else {
      cards.push(makeCard(note, id, 'basic', front.text, back.text));
    }
    context.onNote?.(id, sliceBody(lines, heading.line + 1, end).text);
    return;
  }

  const body = sliceBody(lines, heading.line + 1, end);
  const scan = scanClozes(body.text);
  for (const [start, finish] of misspelledClozes(body.text)) {
    const number = /\d+/.exec(body.text.slice(start, finish))?.[0] ?? '1';
    const range = offsetRange(body, start, finish);
    diagnostics.push({
      severity: 'warning',
      code: 'cloze-misspelled',
      message: 'This looks like a cloze but is not one, so it shows as written: write {{c1::answer}} (a lowercase c, no spaces, two colons)',
      range,
      ...withFixes(budget, () => [replaceFix(`Write {{c${number}::`, range, `{{c${number}::`, true)]),
    });
  }
  if (scan.clozes.length === 0 && scan.problems.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'card-missing-separator',
      message: parts.reversed
        ? 'This reversed card has no ?? line: put a line with only ?? between its two sides'
        : 'This card has no answer: put a line with only ? between the question and the answer, or mark the answer in the text as {{c1::answer}}',
      range: lineRange(lines, heading.line),
    });
    return;
  }
  let usable = scan.problems.length === 0;
  // One note can hold thousands of broken markers (200,000 unclosed `{{c1::`): each is
  // listed up to a limit, and the rest are counted in the last one, as the Problems panel
  // would cut them anyway.
  // The end of the line the last unclosed cloze was on: 200,000 of them may share one line.
  let lineEnd = -1;
  for (const problem of scan.problems.slice(0, maxClozeProblemsListed)) {
    const fixes = (): DeckFix[] => {
      if (problem.kind === 'zero-index') {
        const opening = /\{\{c\d+::/y;
        opening.lastIndex = problem.start;
        const length = opening.exec(body.text)?.[0].length ?? 0;
        return [replaceFix('Write {{c1::', offsetRange(body, problem.start, problem.start + length), '{{c1::', true)];
      } else if (problem.kind === 'unclosed') {
        if (problem.end > lineEnd) {
          const newline = body.text.indexOf('\n', problem.end);
          lineEnd = newline < 0 ? body.text.length : newline;
        }
        let at = lineEnd;
        while (at > problem.end && /\s/.test(body.text.charAt(at - 1))) at--;
        // Not preferred: where the answer ends is a guess (the end of its line).
        if (at > problem.end) return [replaceFix('Close the cloze at the end of its line', offsetRange(body, at, at), '}}', false)];
      }
      return [];
    };
    diagnostics.push({ severity: 'error', code: 'cloze-malformed', message: clozeProblemMessage(problem), range: offsetRange(body, problem.start, problem.end), ...withFixes(budget, fixes) });
  }
  const unlisted = scan.problems.length - maxClozeProblemsListed;
  const lastListed = scan.problems[maxClozeProblemsListed - 1];
  if (unlisted > 0 && lastListed) {
    diagnostics.push({ severity: 'error', code: 'cloze-malformed', message: `${unlisted.toLocaleString('en')} more malformed clozes in this card after this one (the first ${maxClozeProblemsListed} are listed)`, range: offsetRange(body, lastListed.start, lastListed.end) });
  }
  for (const cloze of scan.clozes) {
    if (cloze.answer.trim() === '') {
      usable = false;
      diagnostics.push({
        severity: 'error',
        code: 'cloze-empty',
        message: `Cloze c${cloze.index} has no answer: write it after the ::, as in {{c${cloze.index}::answer}}`,
        range: offsetRange(body, cloze.start, cloze.end),
      });
    } else if (unclosedBraces(cloze.answer) > 0) {
      // `{b}}}`: the cloze ended at the b's brace; `{b} }}` ends it at the last two.
      const fixes = (): DeckFix[] => (body.text.charAt(cloze.end) === '}' ? [replaceFix('Write the }} inside the cloze as } }', offsetRange(body, cloze.end - 2, cloze.end), '} }', true)] : []);
      diagnostics.push({
        severity: 'warning',
        code: 'cloze-unbalanced-braces',
        message: 'This cloze has more { than }: the first }} ends a cloze, so write a }} inside it (as in TeX) as } } with a space',
        range: offsetRange(body, cloze.start, cloze.end),
        ...withFixes(budget, fixes),
      });
    }
  }
  if (parts.reversed) {
    const reversedRange = parts.reversedRange;
    diagnostics.push({ severity: 'warning', code: 'cloze-reversed', message: 'reversed has no effect on a cloze card: remove it from the heading', range: idRange, ...withFixes(budget, () => (reversedRange ? [replaceFix('Remove reversed', withSpaceBefore(rawHeading, reversedRange), '', true)] : [])) });
  }
  if (!usable) return;
  const numbers = [...new Set(scan.clozes.map((cloze) => cloze.index))].sort((a, b) => a - b);
  if (numbers.length > maxClozeCards) {
    // Each cloze card holds the whole note: thousands of numbers would make a deck whose
    // cards outweigh it by as many times. The first ones still load.
    const first = scan.clozes.find((cloze) => cloze.index === numbers[maxClozeCards]);
    diagnostics.push({
      severity: 'error',
      code: 'cloze-too-many',
      message: `This note has ${numbers.length} cloze numbers; a note makes at most ${maxClozeCards} cards, so c${numbers[maxClozeCards] ?? ''} and later are skipped: split the note`,
      range: first ? offsetRange(body, first.start, first.end) : idRange,
    });
  }
  for (const clozeIndex of numbers.slice(0, maxClozeCards)) {
    const { front, back } = clozeSides(body.text, scan.clozes, clozeIndex);
    cards.push(makeCard(note, `${id}:c${clozeIndex}`, 'cloze', front, back, clozeIndex));
  }
  context.onNote?.(id, body.text);
}

/** The most malformed clozes of one card listed one by one (the rest are counted in one more). */
export const maxClozeProblemsListed = 100;

/** The most cards one cloze note makes (c1…c50): each card holds the whole note. */
export const maxClozeCards = 50;

/** What the cards of one note share. */
type Note = Pick<Card, 'noteId' | 'deckId' | 'title' | 'source'>;

function makeCard(note: Note, id: string, kind: CardKind, front: string, back: string, clozeIndex?: number): Card {
  const { noteId, deckId, title, source } = note;
  // One object shape per kind keeps the card array monomorphic; no `clozeIndex: undefined` key.
  return clozeIndex === undefined
    ? { id, noteId, deckId, kind, title, front, back, source }
    : { id, noteId, deckId, kind, title, front, back, clozeIndex, source };
}

/** The deck id of a file: its name without `.md`. */
export function deckIdOf(file: string): string {
  return fileName(file).replace(/\.md$/i, '');
}

function duplicateIdDiagnostic(id: string, range: SourceRange, where: string, fix: DeckFix | undefined): DeckDiagnostic {
  return {
    severity: 'error',
    code: 'card-duplicate-id',
    message: `Card id "${id}" ${where}: give each card its own id (the first card keeps loading; the other loads once the ids differ)`,
    range,
    ...(fix ? { fixes: [fix] } : {}),
  };
}

function renameFix(id: string, line: number, idRange: SourceRange, taken: Set<string>): DeckFix {
  const renamed = freeId(id, taken);
  return replaceFix(`Rename the card on line ${line + 1} to #${renamed}`, idRange, `#${renamed}`, true);
}

/** A range widened over the spaces before it, so removing a word leaves no double space. */
function withSpaceBefore(rawLine: string, range: SourceRange): SourceRange {
  let column = range.startColumn;
  while (column > 0 && /[ \t]/.test(rawLine.charAt(column - 1))) column--;
  return { ...range, startColumn: column };
}

/** `### Title {#id}` (or `#`) as `## Title {#id}`. */
function headingLevelFixes(lines: readonly string[], line: number): DeckFix[] {
  const hashes = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(lines[line] ?? '');
  if (!hashes) return [];
  return [replaceFix('Make it a card: a ## heading', { startLine: line, startColumn: 0, endLine: line, endColumn: hashes[0].length }, '##', true)];
}

/** The closing fence after the code's last non-blank line before the next card heading (or the file's end). */
function closeFenceFix(lines: readonly string[], fenceLine: number, markup: string): DeckFix {
  let next = fenceLine + 1;
  while (next < lines.length && !/^##[ \t].*\{#[^}]*\}[ \t]*$/.test(lines[next] ?? '')) next++;
  let last = next - 1;
  while (last > fenceLine && (lines[last] ?? '').trim() === '') last--;
  // Not preferred: where the code ends is a guess.
  return replaceFix(`Close the code block after line ${last + 1}`, pointRange(last, (lines[last] ?? '').length), `\n${markup}`, false);
}

/** Front matter titled after the file, with an empty rounds list for the author to fill. */
function frontMatterFix(deckId: string, preferred: boolean): DeckFix {
  const title = yamlScalar(deckId);
  return replaceFix(`Add front matter titled ${title}`, pointRange(0, 0), `---\ntitle: ${title}\nrounds: []\n---\n\n`, preferred);
}

/** Splits `Title {#id reversed}` into its parts, with the id's place on the raw heading line. */
function splitHeading(content: string, line: number, rawLine: string): HeadingParts {
  const match = attributeBlock.exec(content);
  const noAttributes: HeadingParts = { title: content.trim(), id: undefined, idRange: undefined, reversed: false, reversedRange: undefined, unknownOptions: [] };
  if (!match?.[1]?.includes('#')) return noAttributes;
  const blockColumn = rawLine.lastIndexOf(match[0]) + 1;
  let id: string | undefined;
  let idRange: SourceRange | undefined;
  let reversed = false;
  let reversedRange: SourceRange | undefined;
  const unknownOptions: { option: string; range: SourceRange }[] = [];
  const wordPattern = /\S+/g;
  let word: RegExpExecArray | null;
  while ((word = wordPattern.exec(match[1])) !== null) {
    const text = word[0];
    const range = { startLine: line, startColumn: blockColumn + word.index, endLine: line, endColumn: blockColumn + word.index + text.length };
    if (text.startsWith('#') && id === undefined) {
      id = text.slice(1);
      idRange = range;
    } else if (text === 'reversed') {
      reversed = true;
      reversedRange ??= range;
    } else {
      unknownOptions.push({ option: text, range });
    }
  }
  // Braces without a `#word` are part of the title, as in "## Sets {a, b}".
  if (id === undefined) return noAttributes;
  return { title: content.slice(0, match.index).trim(), id, idRange, reversed, reversedRange, unknownOptions };
}

/** An id made from a title, for "add {#…}" suggestions. */
function suggestId(title: string): string {
  return slugify(title, 40) || 'some-id';
}

/** The lines `from`..`to` (exclusive) without the blank lines around them. */
function sliceBody(lines: readonly string[], from: number, to: number): Body {
  let first = from;
  let last = to;
  while (first < last && (lines[first] ?? '').trim() === '') first++;
  while (last > first && (lines[last - 1] ?? '').trim() === '') last--;
  return { text: last - first === 1 ? (lines[first] ?? '').trimEnd() : lines.slice(first, last).join('\n').trimEnd(), firstLine: first };
}

/** A line's text, from its first to its last non-blank character. */
function lineRange(lines: readonly string[], line: number): SourceRange {
  const text = lines[line] ?? '';
  const startColumn = text.length - text.trimStart().length;
  return { startLine: line, startColumn, endLine: line, endColumn: Math.max(startColumn, text.trimEnd().length) };
}

/** The offsets where each line of a body starts, found once per body (a note may have 200,000 problems to place). */
const lineStartsOf = new WeakMap<Body, number[]>();

/** The file range of offsets `start`..`end` in a card body. */
function offsetRange(body: Body, start: number, end: number): SourceRange {
  let lineStarts = lineStartsOf.get(body);
  if (!lineStarts) {
    lineStarts = [0];
    for (let index = body.text.indexOf('\n'); index >= 0; index = body.text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
    lineStartsOf.set(body, lineStarts);
  }
  const starts = lineStarts;
  const position = (offset: number): { line: number; column: number } => {
    // The last line starting at or before `offset`.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: body.firstLine + low, column: offset - (starts[low] ?? 0) };
  };
  const from = position(start);
  const to = position(end);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}

/** Where the first cloze marker of a body is, if it has one. */
function firstClozeRange(body: Body): SourceRange | undefined {
  // Most cards have no cloze; skip the scan for them.
  if (!body.text.includes('{{c')) return undefined;
  const scan = scanClozes(body.text);
  const first = scan.clozes[0] ?? scan.problems[0];
  return first ? offsetRange(body, first.start, first.end) : undefined;
}

/** Where a text has `{{C1::`, `{{c 1::`, `{{c1:` and the like: clozes as written by mistake. */
function misspelledClozes(text: string): [number, number][] {
  if (!text.includes('{{')) return [];
  const found: [number, number][] = [];
  for (const match of text.matchAll(/\{\{[ \t]*[cC][ \t]*\d+[ \t]*[:;]{1,2}/g)) {
    if (!/^\{\{c\d+::$/.test(match[0])) found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

function isClosedFence(markup: string, lines: readonly string[], startLine: number, endLine: number): boolean {
  if (endLine - startLine < 2) return false;
  // In a quote the closing fence follows the quote markers (`> ```), in a list its indent.
  const closing = (lines[endLine - 1] ?? '').replace(/^(\s*>)+/, '').trim();
  const marker = markup.charAt(0);
  return closing.length >= markup.length && closing === marker.repeat(closing.length);
}

/** How many more `{` than `}` a text has, TeX's escaped `\{` and `\}` aside. */
function unclosedBraces(text: string): number {
  const unescaped = text.replace(/\\[{}]/g, '');
  return (unescaped.match(/\{/g)?.length ?? 0) - (unescaped.match(/\}/g)?.length ?? 0);
}

function clozeProblemMessage(problem: ClozeProblem): string {
  switch (problem.kind) {
    case 'unclosed':
      return `Cloze {{c${problem.index}:: is never closed: end it with }}`;
    case 'nested':
      return `Clozes cannot be nested: close {{c${problem.index}::…}} before the next {{c…:: begins`;
    case 'zero-index':
      return 'Cloze numbers start at 1: write {{c1::…}} instead of {{c0::…}}';
  }
}
