import markdownIt, { type MarkdownIt } from 'markdown-it';
import { Document, isSeq } from 'yaml';
import { scanClozes, type Cloze } from './cloze';
import { useMath } from './markdownMath';
import { cardIdPattern, deckIdOf, parseDeck } from './deckFormat';
import type { CardKind } from './types';

// Anki interop through its text format ("Notes in Plain Text", File > Import / Export):
// one row per note, CSV-style quoting, HTML fields with MathJax delimiters \(…\) and \[…\].
// Anki's cloze syntax is ours, so cloze markers pass through both ways unchanged.

/** How an exported deck is named in Anki. */
export interface AnkiExportOptions {
  /** The deck file's path or URI, as for `parseDeck`. */
  readonly file: string;
  /** The Anki deck to import into; `::` separates subdecks. Defaults to `Loop Prep::<deck title>`. */
  readonly deckName?: string;
}

/** A deck in Anki's text-import format. */
export interface AnkiExport {
  /** The file's content: header lines, then one tab-separated row per note. */
  readonly text: string;
  /** How many notes (rows) it holds; a reversed or cloze note is one row however many cards it gives. */
  readonly notes: number;
}

/** Where the imported deck goes and which ids are taken. */
export interface AnkiImportOptions {
  /** The deck's title; defaults to the last part of the export's `#deck` name. */
  readonly title?: string;
  /** The rounds the deck serves (at least one), for its front matter. */
  readonly rounds: readonly string[];
  /** Note ids already used by other decks; imported ids avoid them. */
  readonly existingIds?: ReadonlySet<string>;
  /** The images the import can link: without it, every image is dropped (and listed). */
  readonly media?: AnkiMedia;
}

/** Anki's media files an import can use, and where the deck will find its copies. */
export interface AnkiMedia {
  /** The file names in the export's media folder (Anki's `collection.media`). */
  readonly available: ReadonlySet<string>;
  /** The folder, relative to the deck file, the used files are copied into. */
  readonly folder: string;
}

/** A row of the export that did not become a card, and why. */
export interface AnkiImportSkip {
  /** The 1-based line the row starts on. */
  readonly line: number;
  readonly reason: string;
}

/** An Anki export turned into a deck file. */
export interface AnkiImport {
  /** A complete deck file: front matter, then one `## Title {#id}` card per imported note. */
  readonly markdown: string;
  readonly notes: number;
  readonly skipped: readonly AnkiImportSkip[];
  /** The deck's title: as asked, else the last part of the export's deck name. */
  readonly title: string;
  /** The tags the deck was given: `anki`, the `#tags` header's and the notes' own (the deck format has no per-card tags). */
  readonly tags: readonly string[];
  /** The media file names the imported notes link to, to copy into `media.folder`. */
  readonly images: readonly string[];
  /** The images of imported notes that were not available, as their notes name them (each shows as `[image: …]`). */
  readonly droppedImages: readonly string[];
}

const noteTypeNames = { basic: 'Basic', reversed: 'Basic (and reversed card)', cloze: 'Cloze' } as const satisfies Record<CardKind, string>;

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

/**
 * A deck file in Anki's text-import format: one row per note with columns note type, guid
 * (our note id, so importing again updates the notes instead of adding copies), first
 * field, second field and tags. Cards the deck file fails to load are left out.
 */
export function exportAnkiText(deckText: string, options: AnkiExportOptions): AnkiExport {
  // A cloze card shows `[…]` where its marker was; the note's text as written keeps them.
  const noteMarkdown = new Map<string, string>();
  const parsed = parseDeck(deckText, { file: options.file, onNote: (noteId, markdown) => noteMarkdown.set(noteId, markdown) });
  const deck = parsed.deck;
  const deckName = oneLine(options.deckName ?? `Loop Prep::${deck?.title ?? deckIdOf(options.file)}`);
  const tags = ankiTags([...(deck?.tags ?? []), 'loop-prep', ...(deck?.rounds ?? [])]);
  const rows = ['#separator:tab', '#html:true', '#notetype column:1', '#guid column:2', `#deck:${deckName}`, '#tags column:5'];
  const exported = new Set<string>();
  for (const card of parsed.cards) {
    // A note's first card carries it: `id` before `id:reverse`, the lowest cloze first.
    if (exported.has(card.noteId)) continue;
    exported.add(card.noteId);
    // Our cloze notes have no extra text, so Back Extra stays empty.
    const first = card.kind === 'cloze' ? (noteMarkdown.get(card.noteId) ?? card.back) : card.front;
    const second = card.kind === 'cloze' ? '' : renderAnkiField(card.back);
    rows.push([noteTypeNames[card.kind], card.noteId, renderAnkiField(first), second, tags].map(csvField).join('\t'));
  }
  return { text: `${rows.join('\n')}\n`, notes: exported.size };
}

/**
 * A card's Markdown as an Anki field: HTML from markdown-it with raw HTML shown as text,
 * TeX in MathJax's `\(…\)` and `\[…\]`, cloze markers as written, and no line breaks but
 * those inside `<pre>`.
 */
export function renderAnkiField(markdown: string): string {
  const html = fieldRenderer.render(markdown);
  // HTML needs no line breaks between tags or in text, only in <pre>, where markdown-it
  // escapes any `</pre>` of the code itself. Text never holds a raw `<`, so a line break
  // next to one is between tags.
  return html
    .split(/(<pre\b[\s\S]*?<\/pre>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/\n+(?=<)|(?<=>)\n+/g, '').replace(/[\t\n]+/g, ' ')))
    .join('')
    .trim();
}

/** A field as Anki's CSV reader wants it: quoted, with `"` doubled, when it holds a tab, a line break or a quote. */
function csvField(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Anki tags are separated by spaces, so a space inside one becomes `_`. */
function ankiTags(tags: readonly string[]): string {
  const unique = new Set(tags.map((tag) => tag.trim().replace(/\s+/g, '_')).filter((tag) => tag !== ''));
  return [...unique].join(' ');
}

function oneLine(text: string): string {
  return text.replace(/[\s\u2028\u2029]+/g, ' ').trim();
}

/**
 * TeX on one line with no space at either end. A `%` comment is dropped with its line
 * break (as TeX drops them), other line breaks become spaces; a trailing control space
 * (`\ `) keeps its space.
 */
function tidyTex(tex: string): string {
  // One pass, tracking escapes: a lookbehind for "an even run of backslashes" rescanned
  // the run from every position in it, 95 s for 300,000 backslashes in one formula.
  let withoutComments = '';
  let from = 0;
  let escaped = false;
  for (let index = 0; index < tex.length; index++) {
    const character = tex.charCodeAt(index);
    if (escaped) {
      escaped = false;
    } else if (character === 92) {
      escaped = true;
    } else if (character === 37) {
      withoutComments += tex.slice(from, index);
      const lineEnd = tex.indexOf('\n', index);
      if (lineEnd < 0) {
        from = tex.length;
        break;
      }
      let next = lineEnd + 1;
      while (tex.charCodeAt(next) === 32 || tex.charCodeAt(next) === 9) next++;
      from = next;
      index = next - 1;
    }
  }
  withoutComments += tex.slice(from);
  const joined = joinLines(withoutComments).trim();
  return trailingBackslashes(joined) % 2 === 1 ? `${joined} ` : joined;
}

// Each run of white space with a line break in it as one space. The regex `\s*\n\s*`
// backtracked over every long run of spaces without a line break, from each of its spaces.
/** Runs of white space with a line break in them, as one space. */
function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const pieces = text.split('\n');
  const last = pieces.length - 1;
  return pieces
    .map((piece, index) => (index === 0 ? piece.trimEnd() : index === last ? piece.trimStart() : piece.trim()))
    .filter((piece, index) => piece !== '' || index === 0 || index === last)
    .join(' ');
}

/** How many backslashes end a text. */
function trailingBackslashes(text: string): number {
  let count = 0;
  while (count < text.length && text.charCodeAt(text.length - 1 - count) === 92) count++;
  return count;
}

/** `text` with a backslash before each `character` not already escaped (after an even run of backslashes), in one pass. */
function escapeUnescaped(text: string, character: string): string {
  let out = '';
  let from = 0;
  let escaped = false;
  for (let index = 0; index < text.length; index++) {
    const current = text[index];
    if (escaped) escaped = false;
    else if (current === '\\') escaped = true;
    else if (current === character) {
      out += `${text.slice(from, index)}\\`;
      from = index;
    }
  }
  return out + text.slice(from);
}

/**
 * The spans of `text` from a match of `opener` to the first match after it of its closer
 * (the first of `closers` that has one), like `/open[\s\S]*?close/g` or `/<x[^>]*>/g`, in
 * linear time: such a regex scans to the end of the text from every opener that has no
 * closer, quadratic on 200,000 unclosed `<` or `\(`. A closer found absent after some
 * point is not looked for again. `opener` and `closers` must be global (`g`) regexes.
 */
function findSpans(text: string, opener: RegExp, closers: (open: RegExpExecArray) => readonly RegExp[]): { start: number; end: number; open: RegExpExecArray }[] {
  const spans: { start: number; end: number; open: RegExpExecArray }[] = [];
  const noneAfter = new Map<string, number>();
  opener.lastIndex = 0;
  for (let open = opener.exec(text); open !== null; open = opener.exec(text)) {
    const from = open.index + open[0].length;
    let end = -1;
    for (const closer of closers(open)) {
      const key = `${closer.source}/${closer.flags}`;
      if ((noneAfter.get(key) ?? Infinity) <= from) continue;
      closer.lastIndex = from;
      const close = closer.exec(text);
      if (close === null) {
        noneAfter.set(key, Math.min(from, noneAfter.get(key) ?? Infinity));
        continue;
      }
      end = close.index + close[0].length;
      break;
    }
    if (end < 0) {
      // As a regex would: try again from the next character.
      opener.lastIndex = open.index + 1;
      continue;
    }
    spans.push({ start: open.index, end, open });
    opener.lastIndex = end;
  }
  return spans;
}

/** `text` with each span `findSpans` finds replaced. */
function replaceSpans(text: string, opener: RegExp, closers: (open: RegExpExecArray) => readonly RegExp[], replace: (span: string, open: RegExpExecArray) => string): string {
  let out = '';
  let from = 0;
  for (const span of findSpans(text, opener, closers)) {
    out += text.slice(from, span.start) + replace(text.slice(span.start, span.end), span.open);
    from = span.end;
  }
  return out + text.slice(from);
}

const tagEnd = [/>/g];
/** `text` with each `<…>` that `opener` starts (up to the first `>`) replaced: `/<x[^>]*>/g` in linear time. */
function replaceTags(text: string, opener: RegExp, replace: string | ((tag: string) => string)): string {
  return replaceSpans(text, opener, () => tagEnd, typeof replace === 'string' ? () => replace : replace);
}

function createFieldRenderer(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  // Anki's MathJax delimiters. The math rules are the review webview's (Pandoc's): what
  // shows as math in a review is math in Anki too.
  const tex = (content: string): string => md.utils.escapeHtml(tidyTex(content));
  useMath(md, { inline: (content, display) => (display ? `\\[${tex(content)}\\]` : `\\(${tex(content)}\\)`), block: (content) => `\\[${tex(content)}\\]` });
  // A soft line break is a space in HTML; rendering it as one lets the field drop its newlines.
  md.renderer.rules.softbreak = () => ' ';
  return md;
}

const fieldRenderer = createFieldRenderer();

// ---------------------------------------------------------------------------------------
// Import: the text file
// ---------------------------------------------------------------------------------------

/** What the `#key:value` lines at the top of an Anki export say. */
interface ExportHeader {
  separator: string | undefined;
  html: boolean | undefined;
  noteType: string | undefined;
  deck: string | undefined;
  /** The `#tags:` header: tags for every note. */
  tags?: string;
  /** 1-based columns, 0 when absent. */
  noteTypeColumn: number;
  deckColumn: number;
  tagsColumn: number;
  guidColumn: number;
}

interface Row {
  readonly fields: readonly string[];
  /** 1-based. */
  readonly line: number;
  /** Set when a quoted field never closes, which leaves the row unusable. */
  readonly unclosedQuote: boolean;
}

const separatorNames: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

/** Reads the header lines; returns where the rows start (an offset and a 0-based line). */
function readHeader(text: string): { header: ExportHeader; offset: number; line: number } {
  const header: ExportHeader = { separator: undefined, html: undefined, noteType: undefined, deck: undefined, noteTypeColumn: 0, deckColumn: 0, tagsColumn: 0, guidColumn: 0 };
  let offset = 0;
  let line = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
    const content = text.slice(offset, end);
    // Anki still accepts a first line of global tags from its old exports.
    const isMeta = content.startsWith('#') || (line === 0 && content.startsWith('tags:'));
    if (!isMeta) break;
    const colon = content.indexOf(':');
    if (content.startsWith('#') && colon > 0) readHeaderLine(header, content.slice(1, colon).trim().toLowerCase(), content.slice(colon + 1));
    else if (!content.startsWith('#')) readHeaderLine(header, 'tags', content.slice('tags:'.length));
    offset = end + 1;
    line++;
  }
  return { header, offset: Math.min(offset, text.length), line };
}

function readHeaderLine(header: ExportHeader, key: string, value: string): void {
  const column = (): number => (/^\s*\d+\s*$/.test(value) ? Number(value) : 0);
  switch (key) {
    case 'separator': {
      const named = separatorNames[value.trim().toLowerCase()];
      if (named !== undefined) header.separator = named;
      else if (value.length === 1 && value !== '"') header.separator = value;
      break;
    }
    case 'html':
      if (/^\s*(true|false)\s*$/i.test(value)) header.html = value.trim().toLowerCase() === 'true';
      break;
    case 'notetype':
      header.noteType = value.trim();
      break;
    case 'deck':
      header.deck = value.trim();
      break;
    case 'notetype column':
      header.noteTypeColumn = column();
      break;
    case 'deck column':
      header.deckColumn = column();
      break;
    case 'tags column':
      header.tagsColumn = column();
      break;
    case 'guid column':
      header.guidColumn = column();
      break;
    case 'tags':
      header.tags = `${header.tags ?? ''} ${value}`;
      break;
    default:
      // `#columns`, `#if matches` and comments change nothing here.
      break;
  }
}

/** Anki's guess when the header names no separator: the first of these the rows contain. */
function guessSeparator(rows: string): string {
  for (const candidate of ['\t', '|', ';', ',']) if (rows.includes(candidate)) return candidate;
  return ' ';
}

/**
 * The rows of an export, read like Anki's CSV reader: a field that starts with `"` runs to
 * the next lone `"` (line breaks included; `""` is a quote), and a line starting with `#`
 * or empty is no row.
 */
function readRows(text: string, start: number, firstLine: number, separator: string): Row[] {
  const rows: Row[] = [];
  let index = start;
  let line = firstLine;
  while (index < text.length) {
    const lineEnd = text.indexOf('\n', index) < 0 ? text.length : text.indexOf('\n', index);
    if (text[index] === '#' || text.slice(index, lineEnd).trim() === '') {
      index = lineEnd + 1;
      line++;
      continue;
    }
    const rowLine = line;
    const fields: string[] = [];
    let unclosedQuote = false;
    for (;;) {
      let value = '';
      if (text[index] === '"') {
        index++;
        for (;;) {
          const quote = text.indexOf('"', index);
          if (quote < 0) {
            unclosedQuote = true;
            value += text.slice(index);
            index = text.length;
            break;
          }
          value += text.slice(index, quote);
          index = quote + 1;
          if (text[index] !== '"') break;
          value += '"';
          index++;
        }
        line += countLineBreaks(value);
      }
      // Unquoted text, or what follows a closing quote, runs to the separator or line end.
      let end = index;
      while (end < text.length && text[end] !== separator && text[end] !== '\n') end++;
      value += text.slice(index, end);
      index = end;
      fields.push(value);
      if (index < text.length && text[index] === separator) {
        index++;
        continue;
      }
      break;
    }
    index++;
    line++;
    rows.push({ fields, line: rowLine + 1, unclosedQuote });
  }
  return rows;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

// ---------------------------------------------------------------------------------------
// Import: notes
// ---------------------------------------------------------------------------------------

/**
 * An Anki text export ("Notes in Plain Text", or any file Anki's text import reads) as a
 * deck file. Basic, Basic (and reversed card), Basic (optional reversed card) and Cloze
 * notes become cards; other rows are skipped with the reason. Field HTML becomes Markdown,
 * MathJax becomes `$…$` and `$$…$$`, and text that would read as deck syntax is escaped,
 * so the file always loads without problems once it has a card.
 */
export function importAnkiText(text: string, options: AnkiImportOptions): AnkiImport {
  if (options.rounds.length === 0 || options.rounds.some((round) => round.trim() === '')) {
    throw new RangeError('An imported deck needs at least one round id, and no empty ones');
  }
  // Two private-use characters stand in for cloze markers and TeX during the conversion.
  const normalized = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\uE000\uE001]|&#(?:x0*e00[01]|0*5734[45]);/gi, '\uFFFD');
  const { header, offset, line } = readHeader(normalized);
  const separator = header.separator ?? guessSeparator(normalized.slice(offset, offset + 8192));
  const rows = readRows(normalized, offset, line, separator);
  const html = header.html ?? rows.some((row) => row.fields.some((field) => findSpans(field, /<\/?[a-z]/gi, () => tagEnd).length > 0 || /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(field)));

  const deckName = deckNameOf(header, rows);
  const title = oneLine(options.title ?? '') || deckTitleOf(deckName) || 'Imported from Anki';
  const description = deckName ? `Imported from the Anki deck ${oneLine(deckName)}.` : 'Imported from an Anki text export.';
  const media = new MediaLinks(options.media);
  const tagCounts = new Map<string, number>();

  const usedIds = new Set(options.existingIds);
  const notes: string[] = [];
  const skipped: AnkiImportSkip[] = [];
  const metaColumns = new Set([header.noteTypeColumn, header.deckColumn, header.tagsColumn, header.guidColumn].filter((column) => column > 0));
  for (const row of rows) {
    const skip = (reason: string): void => {
      skipped.push({ line: row.line, reason });
    };
    if (row.unclosedQuote) {
      skip('A quoted field is never closed: everything after its opening " was read as one field');
      continue;
    }
    const fields = row.fields.filter((_, index) => !metaColumns.has(index + 1));
    const typeName = header.noteTypeColumn > 0 ? (row.fields[header.noteTypeColumn - 1] ?? '').trim() : header.noteType;
    if (typeName === undefined && fields.length < 2) {
      skip('A row needs a front and a back, separated by the file\'s separator');
      continue;
    }
    const asHtml = (field: string | undefined): string => (html ? (field ?? '') : plainTextToHtml(field ?? ''));
    const guid = header.guidColumn > 0 ? (row.fields[header.guidColumn - 1] ?? '').trim() : '';
    const note = readNote(typeName ?? 'Basic', fields.map(asHtml), media);
    if ('reason' in note) {
      media.discard();
      skip(note.reason);
      continue;
    }
    const id = uniqueId(guid, note.firstField, note.title, usedIds);
    const heading = `## ${note.title === '' ? id : note.title} {#${id}${note.kind === 'reversed' ? ' reversed' : ''}}`;
    const markdown = `${heading}\n\n${note.body}`;
    // The last word on escaping: a note that would not load exactly as meant is skipped.
    const problem = checkNote(markdown, id, note.kind, note.clozeNumbers);
    if (problem !== undefined) {
      media.discard();
      skip(problem);
      continue;
    }
    media.keep();
    usedIds.add(id);
    notes.push(markdown);
    const noteTags = header.tagsColumn > 0 ? (row.fields[header.tagsColumn - 1] ?? '') : '';
    for (const tag of new Set(splitTags(noteTags))) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  // The file's own tags first, then the notes' by how many notes have them. `loop-prep`
  // marks what Loop Prep exported, so it says nothing about a deck imported back.
  const noteTags = [...tagCounts].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
  const tags = [...new Set(['anki', ...splitTags(header.tags ?? ''), ...noteTags])].filter((tag) => tag !== 'loop-prep');
  const frontMatter = deckFrontMatter(title, description, tags, options.rounds);
  return { markdown: `${[frontMatter, ...notes].join('\n\n')}\n`, notes: notes.length, skipped, title, tags, images: [...media.used], droppedImages: [...media.dropped] };
}

/** The deck an export names: its `#deck` header, else the deck column of its first note. */
function deckNameOf(header: ExportHeader, rows: readonly Row[]): string | undefined {
  const name = header.deck ?? (header.deckColumn > 0 ? rows[0]?.fields[header.deckColumn - 1] : undefined);
  return name?.trim() === '' ? undefined : name;
}

/** The last part of an Anki deck name (`Parent::Child` is the subdeck Child). */
function deckTitleOf(deckName: string | undefined): string {
  return oneLine(deckName?.split('::').pop() ?? '');
}

/**
 * The title `importAnkiText` gives a deck when asked for none: the last part of the deck
 * the export names (its `#deck:` header or its deck column), or undefined.
 */
export function ankiDeckTitle(text: string): string | undefined {
  const normalized = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const { header, offset, line } = readHeader(normalized);
  if (header.deck !== undefined) return deckTitleOf(header.deck) || undefined;
  if (header.deckColumn === 0) return undefined;
  // Only the first note is needed: its row ends at the first line break outside quotes.
  const separator = header.separator ?? guessSeparator(normalized.slice(offset, offset + 8192));
  const [first] = readRows(normalized.slice(0, firstRowEnd(normalized, offset)), offset, line, separator);
  return deckTitleOf(first ? deckNameOf(header, [first]) : undefined) || undefined;
}

/** Where the row starting at `offset` ends: the first line break with an even number of quotes before it. */
function firstRowEnd(text: string, offset: number): number {
  let quotes = 0;
  for (let index = offset; index < text.length; index++) {
    const character = text.charCodeAt(index);
    if (character === 0x22) quotes++;
    else if (character === 0x0a && quotes % 2 === 0) return index;
  }
  return text.length;
}

/** Anki's tags: separated by spaces. */
function splitTags(text: string): string[] {
  return text.split(/[\s\u00a0]+/).filter((tag) => tag !== '');
}

/**
 * The images of the notes being imported: a `<img src="name">` whose file is in the media
 * given becomes a Markdown image of its copy; any other stays as `[image: name]` text and
 * is listed. A note's images count once the note is kept.
 */
class MediaLinks {
  readonly used = new Set<string>();
  readonly dropped = new Set<string>();
  private pendingUsed: string[] = [];
  private pendingDropped: string[] = [];

  constructor(private readonly media: AnkiMedia | undefined) {}

  /** The Markdown for an `<img>` tag: an image, or undefined when the file is not at hand (the tag is then text). */
  markdownFor(tag: string): string | undefined {
    const source = decodeEntities(attribute(tag, 'src') ?? '').trim();
    // Anki's media are plain file names; a URL or a path is no file of its collection.
    const name = /^[^/\\:]+$/.test(source) && source !== '.' && source !== '..' ? source : undefined;
    if (name === undefined || !this.media?.available.has(name)) {
      this.pendingDropped.push(source === '' ? '(an image without a file name)' : source);
      return undefined;
    }
    this.pendingUsed.push(name);
    // Alt text without the characters that would end it or read as syntax.
    const alt = oneLine(decodeEntities(attribute(tag, 'alt') ?? '')).replace(/[[\]\\`*_<>{}$|]/g, '');
    return `![${alt}](${linkDestination(`${this.media.folder}/${name}`)})`;
  }

  keep(): void {
    for (const name of this.pendingUsed) this.used.add(name);
    for (const name of this.pendingDropped) this.dropped.add(name);
    this.discard();
  }

  discard(): void {
    this.pendingUsed = [];
    this.pendingDropped = [];
  }
}

function deckFrontMatter(title: string, description: string, tags: readonly string[], rounds: readonly string[]): string {
  const document = new Document({ title, description, tags: [...tags], rounds: [...rounds] });
  for (const key of ['tags', 'rounds']) {
    const node = document.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()}\n---`;
}

/** Why a converted note would not load as meant, or undefined when it loads cleanly. */
function checkNote(markdown: string, id: string, kind: CardKind, clozeNumbers: number): string | undefined {
  // Alone, the note has no front matter; that is the one problem to expect.
  const parsed = parseDeck(markdown, { file: 'anki-import.md' });
  const [problem] = parsed.diagnostics.filter((diagnostic) => diagnostic.code !== 'front-matter-missing');
  if (problem?.code === 'cloze-with-separator') {
    return 'Its text has {{c…:: in code, where no escape can keep the deck from reading it as a cloze';
  }
  if (problem) return `Converted to Markdown, this note would not load: ${problem.message}`;
  const expected = kind === 'basic' ? 1 : kind === 'reversed' ? 2 : clozeNumbers;
  const cards = parsed.cards;
  if (cards.length !== expected || cards.some((card) => card.noteId !== id || card.kind !== kind)) {
    return 'Converted to Markdown, this note would not give the same cards (a cloze inside an HTML attribute, say)';
  }
  return undefined;
}

type ConvertedNote =
  | { readonly kind: CardKind; readonly title: string; readonly body: string; readonly firstField: string; readonly clozeNumbers: number }
  | { readonly reason: string };

/** A row's fields (HTML) as one of our notes, or why it cannot be one. */
function readNote(typeName: string, fields: readonly string[], media: MediaLinks): ConvertedNote {
  const [first = '', second = '', third = ''] = fields;
  let kind: CardKind;
  switch (typeName.toLowerCase()) {
    case 'basic':
      kind = 'basic';
      break;
    case 'basic (and reversed card)':
      kind = 'reversed';
      break;
    case 'basic (optional reversed card)':
      // Its third field, "Add Reverse", asks for the reverse card when it has any text.
      kind = htmlToPlainText(third).trim() === '' ? 'basic' : 'reversed';
      break;
    case 'cloze':
      return readClozeNote(first, second, media);
    case '':
      return { reason: 'The row has no note type' };
    default:
      return { reason: `Note type "${typeName}" is not supported: Loop Prep imports Basic, Basic (and reversed card), Basic (optional reversed card) and Cloze notes` };
  }
  const front = htmlToMarkdown(first, [], media);
  const back = htmlToMarkdown(second, [], media);
  if (front === '') return { reason: 'The front (first field) is empty' };
  if (back === '') return { reason: 'The back (second field) is empty' };
  const separator = kind === 'reversed' ? '??' : '?';
  return { kind, title: titleOf(first), body: `${front}\n\n${separator}\n\n${back}`, firstField: first, clozeNumbers: 0 };
}

function readClozeNote(textField: string, extraField: string, media: MediaLinks): ConvertedNote {
  const scan = scanClozes(textField);
  const [problem] = scan.problems;
  if (problem) {
    const what = { unclosed: 'is never closed', nested: 'has another cloze inside it, which Loop Prep does not support', 'zero-index': 'is numbered 0' }[problem.kind];
    return { reason: `Cloze {{c${problem.index}:: ${what}` };
  }
  if (scan.clozes.length === 0) return { reason: 'The Cloze note has no {{c1::…}} deletion in its Text field' };
  const text = htmlToMarkdown(textField, scan.clozes, media);
  const extra = htmlToMarkdown(extraField, [], media);
  const clozeNumbers = new Set(scan.clozes.map((cloze) => cloze.index)).size;
  return { kind: 'cloze', title: titleOf(textField), body: extra === '' ? text : `${text}\n\n${extra}`, firstField: textField, clozeNumbers };
}

/** An id from the guid when it is a valid card id; otherwise from the title's first words and a hash, stable across imports. */
function uniqueId(guid: string, firstField: string, title: string, used: ReadonlySet<string>): string {
  let base = guid;
  if (!cardIdPattern.test(base)) {
    const words = title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\$[^$]*\$/g, ' ')
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== '')
      .slice(0, 5)
      .join('-')
      .slice(0, 32)
      .replace(/-+$/, '');
    base = `${words === '' ? 'anki' : words}-${shortHash(guid === '' ? firstField : guid)}`;
  }
  let id = base;
  for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
  return id;
}

/** FNV-1a, 32 bits, in base 36: short, stable, and no dependency for seven characters. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** A card title: the first line of a field as plain text, clozes showing their answers, cut near 60 characters at a word. */
function titleOf(fieldHtml: string): string {
  const plain = htmlToPlainText(fieldHtml);
  let shown = '';
  let from = 0;
  for (const cloze of scanClozes(plain).clozes) {
    shown += plain.slice(from, cloze.start) + cloze.answer;
    from = cloze.end;
  }
  shown += plain.slice(from);
  const firstLine = shown.split('\n').map(oneLine).find((text) => text !== '') ?? '';
  const characters = Array.from(firstLine);
  if (characters.length <= 60) return firstLine;
  const cut = characters.slice(0, 60).join('');
  // Cut at the last space outside TeX, so no formula is left open.
  let space = -1;
  let inMath = false;
  for (let index = 0; index < cut.length; index++) {
    if (cut[index] === '$') inMath = !inMath;
    else if (cut[index] === ' ' && !inMath) space = index;
  }
  return `${(space >= 20 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

// ---------------------------------------------------------------------------------------
// Import: HTML to Markdown
// ---------------------------------------------------------------------------------------

/** How Anki stores a plain-text field (`#html:false`): HTML-escaped, line breaks as `<br>`. */
function plainTextToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

const entityDecoder = markdownIt();

/** Decodes HTML entities; markdown-it's decoder also undoes backslash escapes, which a field's text does not have. */
function decodeEntities(text: string): string {
  return text.includes('&') ? text.split('\\').map((part) => entityDecoder.utils.unescapeAll(part)).join('\\') : text;
}

/** A field as plain text: tags out, a line break at each `<br>` and block, MathJax as `$…$`. */
function htmlToPlainText(html: string): string {
  const withoutScripts = replaceSpans(html, /<(?:script|style)\b/gi, () => [/<\/(?:script|style)\s*>/gi], () => '');
  const withImages = replaceTags(withoutScripts, /<img\b/gi, (tag) => ` ${imageText(tag)} `);
  const withBreaks = replaceTags(withImages, /<br\b|<\/?(?:div|p|li|ul|ol|h[1-6]|pre|blockquote|tr|table)\b/gi, '\n');
  // A comment runs to `-->`; without one, `<!--` is a tag like any other, up to `>`.
  const text = replaceSpans(withBreaks, /<(!--)?/g, (open) => (open[1] ? [/-->/g, />/g] : tagEnd), () => '');
  return decodeEntities(text).replace(/\\[()]/g, '$').replace(/\\[[\]]/g, '$$$$').replace(/\u00a0/g, ' ');
}

function imageText(tag: string): string {
  const source = attribute(tag, 'src');
  return source === undefined || source === '' ? '[image]' : `[image: ${decodeEntities(source)}]`;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

type Placeholder =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'inline-math'; readonly tex: string }
  | { readonly kind: 'display-math'; readonly tex: string };

const placeholderPattern = /\uE000(\d+)\uE001/g;

/**
 * A field's HTML as Markdown. The cloze markers given (found in `html`) are kept; every
 * other character that Markdown or the deck format would read as syntax is escaped.
 */
function htmlToMarkdown(html: string, clozes: readonly Cloze[], media: MediaLinks): string {
  const placeholders: Placeholder[] = [];
  const hold = (placeholder: Placeholder): string => `\uE000${placeholders.push(placeholder) - 1}\uE001`;
  // Markers become placeholders first, so no conversion step below can touch them. One
  // pass: rebuilding the field for each cloze was quadratic in their number.
  let marked = '';
  let from = 0;
  for (const cloze of clozes) {
    const opening = /^\{\{c\d+::/.exec(html.slice(cloze.start, cloze.start + 32))?.[0] ?? '';
    marked += `${html.slice(from, cloze.start)}${hold({ kind: 'text', text: `{{c${cloze.index}::` })}${html.slice(cloze.start + opening.length, cloze.end - 2)}${hold({ kind: 'text', text: '}}' })}`;
    from = cloze.end;
  }
  marked += html.slice(from);
  const math = (part: string): string =>
    replaceSpans(part, /\\([([])/g, (open) => [open[1] === '(' ? /\\\)/g : /\\\]/g], (span, open) => {
      const inner = span.slice(2, -2);
      const tex = tidyTex(decodeEntities(replaceTags(replaceTags(inner, /<br\b/gi, '\n'), /</g, '')).replace(/\u00a0/g, ' '))
        // `{{` in TeX is no cloze in a Basic note; in math a space between braces changes nothing.
        .replace(/\{(?=\{)/g, '{ ');
      const escaped = escapeUnescaped(tex, '$');
      if (escaped === '') return '';
      return hold(open[1] === '[' ? { kind: 'display-math', tex: escaped } : { kind: 'inline-math', tex: escaped });
    });
  // MathJax outside code, as Anki renders it, even when the TeX spans tags (an editor's <br>).
  let withMath = '';
  from = 0;
  for (const code of findSpans(marked, /<(pre|code)\b/gi, (open) => [new RegExp(`<\\/${open[1] ?? ''}\\s*>`, 'gi')])) {
    withMath += math(marked.slice(from, code.start)) + marked.slice(code.start, code.end);
    from = code.end;
  }
  marked = withMath + math(marked.slice(from));

  const writer = new MarkdownWriter(placeholders);
  walkHtml(marked, writer, placeholders, media);
  let markdown = writer.finish();
  // A placeholder may hold others (a cloze in TeX), so replace until none is left.
  while (markdown.includes('\uE000')) {
    markdown = markdown.replace(placeholderPattern, (match, number: string, at: number, whole: string) => {
      const placeholder = placeholders[Number(number)];
      if (!placeholder) return '';
      if (placeholder.kind === 'text') return placeholder.text;
      if (placeholder.kind === 'display-math') return `$$${placeholder.tex}$$`;
      // Our renderer's `$` may not close after a space or a backslash, nor before a digit.
      const tex = /[\s\\]$/.test(placeholder.tex) ? `${placeholder.tex}{}` : placeholder.tex;
      return `$${tex}$${/^\d/.test(whole.slice(at + match.length)) ? ' ' : ''}`;
    });
  }
  return markdown;
}

interface HtmlToken {
  readonly type: 'text' | 'open' | 'close';
  /** Text (entities still encoded), or a lowercase tag name. */
  readonly value: string;
  /** The whole tag, for its attributes. */
  readonly tag: string;
}

function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  // No `<` in a tag outside quotes: with it, every `<` with no `>` after it scanned to the end.
  const pattern = /<!--[\s\S]*?(?:-->|$)|<![^<>]*>|<\?[^<>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/g;
  let from = 0;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    if (match.index > from) tokens.push({ type: 'text', value: html.slice(from, match.index), tag: '' });
    from = match.index + match[0].length;
    const name = match[2];
    if (name !== undefined) tokens.push({ type: match[1] === '/' ? 'close' : 'open', value: name.toLowerCase(), tag: match[0] });
  }
  if (from < html.length) tokens.push({ type: 'text', value: html.slice(from), tag: '' });
  return tokens;
}

const paragraphTags = new Set(['p', 'section', 'article', 'header', 'footer', 'figure', 'dl', 'details', 'summary']);
const lineTags = new Set(['div', 'dt', 'dd', 'figcaption', 'center']);
const droppedTags = new Set(['script', 'style', 'head', 'title', 'template']);
const emphasisMarkers: Record<string, string> = { b: '**', strong: '**', i: '*', em: '*', s: '~~', del: '~~', strike: '~~' };

/** The raw text inside a tag opened at `tokens[start]`, up to its closing tag; returns it and the index after. */
function collectText(tokens: readonly HtmlToken[], start: number, name: string, lineBreak: string): { text: string; next: number } {
  let text = '';
  let depth = 0;
  let index = start + 1;
  for (; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) break;
    if (token.type === 'text') {
      text += decodeEntities(token.value);
    } else if (token.value === name) {
      if (token.type === 'open') depth++;
      else if (depth-- === 0) break;
    } else if (token.value === 'br' || (token.value === 'div' && token.type === 'open' && text !== '' && !text.endsWith('\n'))) {
      text += lineBreak;
    } else if (token.value === 'img' && token.type === 'open') {
      text += imageText(token.tag);
    }
  }
  return { text: text.replace(/\u00a0/g, ' '), next: index + 1 };
}

function walkHtml(html: string, writer: MarkdownWriter, placeholders: readonly Placeholder[], media: MediaLinks): void {
  const tokens = tokenizeHtml(html);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    const { type, value: name } = token;
    const open = type === 'open';
    if (type === 'text') {
      // Display math is a block of its own; the rest is inline text.
      for (const part of decodeEntities(token.value).split(/(\uE000\d+\uE001)/)) {
        const held = /^\uE000(\d+)\uE001$/.exec(part);
        if (held && placeholders[Number(held[1])]?.kind === 'display-math') writer.displayMath(part);
        else writer.text(part);
      }
      continue;
    }
    if (droppedTags.has(name)) {
      if (open) index = collectText(tokens, index, name, '').next - 1;
      continue;
    }
    if (name === 'pre' && open) {
      const { text, next } = collectText(tokens, index, 'pre', '\n');
      const codeTag = tokens.slice(index + 1, next).find((inner) => inner.type === 'open' && inner.value === 'code')?.tag ?? '';
      const language = /\b(?:language|lang)-([\w#+.-]+)/.exec(`${attribute(token.tag, 'class') ?? ''} ${attribute(codeTag, 'class') ?? ''}`)?.[1] ?? '';
      writer.codeBlock(text, language);
      index = next - 1;
      continue;
    }
    if (name === 'code' && open) {
      const { text, next } = collectText(tokens, index, 'code', ' ');
      writer.codeSpan(text);
      index = next - 1;
      continue;
    }
    const marker = emphasisMarkers[name];
    if (marker !== undefined) {
      if (open) writer.openInline(name, marker, marker);
      else writer.closeInline(name);
      continue;
    }
    switch (name) {
      case 'br':
        writer.lineBreak(true);
        break;
      case 'a': {
        const href = open ? attribute(token.tag, 'href') : undefined;
        if (open && href !== undefined && href.trim() !== '') writer.openInline('a', '[', `](${linkDestination(decodeEntities(href.trim()))})`);
        else if (!open) writer.closeInline('a');
        break;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (open) writer.openHeading(Number(name.slice(1)));
        else writer.closeHeading();
        break;
      case 'hr':
        if (open) writer.rule();
        break;
      case 'blockquote':
        if (open) writer.openQuote();
        else writer.closeQuote();
        break;
      case 'ul':
      case 'ol':
        if (open) writer.openList(name === 'ol', Number(attribute(token.tag, 'start') ?? '1'));
        else writer.closeList();
        break;
      case 'li':
        if (open) writer.openItem();
        else writer.closeItem();
        break;
      case 'img':
        if (open) {
          const image = media.markdownFor(token.tag);
          if (image === undefined) writer.text(` ${imageText(token.tag)} `);
          else writer.image(image);
        }
        break;
      case 'table':
        if (open) writer.openTable();
        else writer.closeTable();
        break;
      case 'tr':
        if (open) writer.openRow();
        break;
      case 'td':
      case 'th':
        if (open) writer.openCell(cellAlignment(token.tag));
        else writer.closeCell();
        break;
      default:
        if (paragraphTags.has(name)) writer.paragraphBreak();
        else if (lineTags.has(name)) writer.lineBreak(false);
        // Any other tag (span, font, sup, u…) goes; its text stays.
        break;
    }
  }
}

/** A link target as Markdown writes it: bare when it can be, else in `<…>`, never with a character that ends it early. */
function linkDestination(url: string): string {
  const safe = url.replace(/[\s<>\\|]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return /[()]/.test(safe) ? `<${safe}>` : safe;
}

/** A table column's alignment from a cell: markdown-it writes `style="text-align:…"`, older HTML `align`. */
function cellAlignment(tag: string): string {
  const align = (/text-align\s*:\s*(left|right|center)/i.exec(attribute(tag, 'style') ?? '')?.[1] ?? attribute(tag, 'align') ?? '').toLowerCase();
  return align === 'left' || align === 'right' || align === 'center' ? align : '';
}

interface MarkdownLine {
  readonly text: string;
  /** A `$$…$$` or heading line, a block of its own: no hard break before or after it. */
  readonly block: boolean;
}

interface ListState {
  readonly ordered: boolean;
  /** `-` or `*`, `.` or `)`. */
  readonly delimiter: string;
  next: number;
  /** The column its markers start at. */
  readonly indent: number;
}

interface ItemPlacement {
  readonly indent: number;
  /** `- `, `3. `, or empty for text that continues an item after a nested list. */
  readonly marker: string;
}

interface TableState {
  readonly rows: string[][];
  readonly aligns: string[];
  row: string[] | undefined;
  cellOpen: boolean;
}

/** An open inline element: what it was asked for as, what it writes around its text, and where that text starts in the line. */
interface InlineFrame {
  readonly name: string;
  readonly open: string;
  readonly close: string;
  start: number;
}

type MarkdownBlock = { readonly quote: number } & (
  | { readonly kind: 'lines'; readonly lines: readonly MarkdownLine[]; readonly item: ItemPlacement | undefined }
  | { readonly kind: 'code'; readonly code: string; readonly language: string; readonly item: ItemPlacement | undefined }
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'rule' }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[]; readonly aligns: readonly string[] }
);

/**
 * Builds Markdown from the walk over a field's HTML: paragraphs, hard line breaks, lists,
 * quotes, headings, tables and code blocks. Text arrives escaped line by line; blocks are
 * joined at the end.
 */
/** Lists, quotes and emphasis nested deeper than this are read as if they were not nested further. */
const maxNesting = 16;

class MarkdownWriter {
  private readonly blocks: MarkdownBlock[] = [];
  private lines: MarkdownLine[] = [];
  private readonly skipped = { inline: 0, list: 0, quote: 0 };
  private lineText = '';
  /**
   * The last character of `line`, kept apart: reading it from the line, a string built by
   * thousands of appends, made V8 copy the whole line each time (40 s for 20,000 clozes).
   */
  private lineLast = '';
  private pendingBreak: 'none' | 'line' | 'paragraph' = 'none';
  private readonly inline: InlineFrame[] = [];
  private readonly lists: ListState[] = [];
  /** Where the current lines go: a list item, or a paragraph when undefined. */
  private item: ItemPlacement | undefined;
  private quote = 0;
  private heading: number | undefined;
  private table: TableState | undefined;
  /** The list that ended last, and how many blocks there were then: a list right after it must look different. */
  private closedList: { readonly indent: number; readonly delimiter: string; readonly blocks: number } | undefined;

  private get line(): string {
    return this.lineText;
  }

  private set line(value: string) {
    this.lineText = value;
    this.lineLast = value.charAt(value.length - 1);
  }

  private append(piece: string): void {
    this.lineText += piece;
    if (piece !== '') this.lineLast = piece.charAt(piece.length - 1);
  }

  constructor(private readonly placeholders: Placeholder[]) {}

  text(raw: string): void {
    const text = raw.replace(/[\s\u00a0]+/g, ' ');
    if (text === '' || (text === ' ' && (this.line === '' || this.lineLast === ' '))) return;
    this.applyBreak();
    const escaped = escapeText(this.line === '' || this.lineLast === ' ' ? text.trimStart() : text, this.inline.some((frame) => frame.name === 'a'));
    this.append(escaped);
  }

  /** Markdown for an image, as written (`![alt](path)`: the caller made it safe). */
  image(markdown: string): void {
    this.applyBreak();
    this.append(markdown);
  }

  codeSpan(code: string): void {
    let text = code.replace(/\s+/g, ' ');
    if (text.trim() === '') return;
    // A literal `{{c1::` would read as a cloze even in code, so such code stays plain text.
    if (/\{\{c\d+::/.test(text)) {
      this.text(text);
      return;
    }
    this.applyBreak();
    // In a table, markdown-it splits cells at every unescaped `|`, code spans included.
    if (this.table) text = text.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
    this.append(`${fence}${pad}${text}${pad}${fence}`);
  }

  displayMath(placeholder: string): void {
    if (this.table || this.heading !== undefined) {
      this.text(` ${placeholder} `);
    } else if (this.item) {
      this.finishLine();
      this.lines.push({ text: placeholder, block: true });
      this.pendingBreak = 'line';
    } else {
      this.finishLine();
      this.finishBlock();
      this.blocks.push({ kind: 'lines', lines: [{ text: placeholder, block: true }], item: undefined, quote: this.quote });
      this.pendingBreak = 'paragraph';
    }
  }

  codeBlock(code: string, language: string): void {
    if (this.table || this.heading !== undefined) {
      this.codeSpan(code);
      return;
    }
    this.finishLine();
    this.finishBlock();
    // Not `/^\n+|\n+$/g`: from each line break of a long run, `\n+$` scanned the run again.
    let first = 0;
    let last = code.length;
    while (code.charCodeAt(first) === 10) first++;
    while (last > first && code.charCodeAt(last - 1) === 10) last--;
    const trimmed = code.slice(first, last);
    // Not in a quote: the deck reader takes a fence behind `> ` for one never closed.
    if (trimmed.trim() !== '') this.blocks.push({ kind: 'code', code: trimmed, language, item: this.item, quote: 0 });
    if (this.item && this.item.marker !== '') this.item = { indent: this.item.indent + this.item.marker.length, marker: '' };
    this.pendingBreak = 'paragraph';
  }

  /** A `<br>` (explicit) or a block boundary such as a `<div>`; a `<br>` after one more makes a paragraph break. */
  lineBreak(explicit: boolean): void {
    if (explicit && this.pendingBreak === 'line') this.pendingBreak = 'paragraph';
    else if (this.pendingBreak === 'none') this.pendingBreak = 'line';
  }

  paragraphBreak(): void {
    this.pendingBreak = 'paragraph';
  }

  openInline(name: string, open: string, close: string): void {
    if (this.tooDeep('inline', this.inline.length)) return;
    // `<b>` inside `<b>` adds nothing (`****` would be text), nor does a link in a link.
    const repeated = this.inline.some((frame) => frame.name === name || frame.open === open);
    this.inline.push({ name, open: repeated ? '' : open, close: repeated ? '' : close, start: this.line.length });
  }

  closeInline(name: string): void {
    if (this.closesSkipped('inline')) return;
    const index = this.inline.map((frame) => frame.name).lastIndexOf(name);
    if (index < 0) return;
    // Badly nested HTML (`<b><i></b></i>`) closes the inner ones too.
    for (let inner = this.inline.length - 1; inner >= index; inner--) this.wrapInline(inner);
    this.inline.splice(index);
  }

  openHeading(level: number): void {
    // A heading in a table cell is bold text there.
    if (this.table || this.heading !== undefined) {
      this.openInline('heading', '**', '**');
      return;
    }
    this.finishLine();
    if (!this.item) this.finishBlock();
    this.heading = level;
    this.pendingBreak = 'none';
  }

  closeHeading(): void {
    const level = this.heading;
    if (level === undefined) {
      this.closeInline('heading');
      return;
    }
    for (let index = this.inline.length - 1; index >= 0; index--) this.wrapInline(index);
    // `{#id}` ending a heading would make it a misplaced card id.
    const text = escapeLineStart(this.line.trim().replace(/\{#/g, '{\\#').replace(/#$/, '\\#'));
    this.line = '';
    for (const frame of this.inline) frame.start = 0;
    this.heading = undefined;
    if (text === '') return;
    if (this.item) {
      // In a list item, even `## ` is no card: the item holds it.
      this.lines.push({ text: `${'#'.repeat(level)} ${text}`, block: true });
      this.pendingBreak = 'line';
    } else {
      this.blocks.push({ kind: 'heading', level, text, quote: this.quote });
      this.pendingBreak = 'paragraph';
    }
  }

  rule(): void {
    if (this.item || this.table || this.heading !== undefined) {
      this.lineBreak(false);
      return;
    }
    this.finishLine();
    this.finishBlock();
    this.blocks.push({ kind: 'rule', quote: this.quote });
    this.pendingBreak = 'paragraph';
  }

  openQuote(): void {
    this.paragraphBreak();
    // A quote inside a list item or table keeps its text, not its `>`.
    if (this.item || this.table || this.heading !== undefined || this.tooDeep('quote', this.quote)) return;
    this.finishLine();
    this.finishBlock();
    this.quote++;
  }

  closeQuote(): void {
    this.paragraphBreak();
    if (this.item || this.table || this.heading !== undefined || this.quote === 0 || this.closesSkipped('quote')) return;
    this.finishLine();
    this.finishBlock();
    this.quote--;
  }

  openList(ordered: boolean, start: number): void {
    if (this.table || this.heading !== undefined || this.tooDeep('list', this.lists.length)) {
      this.text(' ');
      return;
    }
    this.finishLine();
    this.finishBlock();
    this.writeEmptyItem();
    const parent = this.item;
    const indent = parent ? parent.indent + parent.marker.length : 0;
    // Right after another list, the same marker would continue that list: switch to the other one.
    const closed = this.closedList;
    const adjacent = closed?.indent === indent && closed.blocks === this.blocks.length ? closed.delimiter : '';
    const delimiter = ordered ? (adjacent === '.' ? ')' : '.') : adjacent === '-' ? '*' : '-';
    this.lists.push({ ordered, delimiter, next: Number.isSafeInteger(start) && start >= 0 && start < 1e9 ? start : 1, indent });
    this.item = undefined;
    this.pendingBreak = 'none';
  }

  closeList(): void {
    if (this.table || this.heading !== undefined || this.closesSkipped('list')) return;
    this.finishLine();
    this.finishBlock();
    const list = this.lists.pop();
    if (list) this.closedList = { indent: list.indent, delimiter: list.delimiter, blocks: this.blocks.length };
    const outer = this.lists[this.lists.length - 1];
    // Text after a nested list continues the outer item, indented under its marker.
    this.item = outer ? { indent: outer.indent + (outer.ordered ? `${outer.next - 1}. `.length : 2), marker: '' } : undefined;
    this.pendingBreak = outer ? 'none' : 'paragraph';
  }

  openItem(): void {
    if (this.table || this.heading !== undefined) {
      this.text(' ');
      return;
    }
    this.finishLine();
    this.finishBlock();
    const list = this.lists[this.lists.length - 1];
    if (!list) {
      this.item = undefined;
      this.pendingBreak = 'paragraph';
      return;
    }
    this.item = { indent: list.indent, marker: list.ordered ? `${list.next++}${list.delimiter} ` : `${list.delimiter} ` };
    this.pendingBreak = 'none';
  }

  closeItem(): void {
    if (this.table || this.heading !== undefined) return;
    this.finishLine();
    this.finishBlock();
    this.writeEmptyItem();
    this.item = undefined;
  }

  openTable(): void {
    if (this.table || this.heading !== undefined) {
      this.text(' ');
      return;
    }
    this.finishLine();
    this.finishBlock();
    // A table ends the list item it is in: Markdown tables cannot be indented under one.
    this.item = undefined;
    this.table = { rows: [], aligns: [], row: undefined, cellOpen: false };
    this.pendingBreak = 'none';
  }

  closeTable(): void {
    const table = this.table;
    if (!table) return;
    this.closeRow();
    this.table = undefined;
    const width = Math.max(0, ...table.rows.map((row) => row.length));
    if (width > 0 && table.rows.some((row) => row.some((cell) => cell !== ''))) {
      const rows = table.rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
      this.blocks.push({ kind: 'table', rows, aligns: Array.from({ length: width }, (_, column) => table.aligns[column] ?? ''), quote: this.quote });
    }
    this.pendingBreak = 'paragraph';
  }

  openRow(): void {
    if (!this.table) {
      this.lineBreak(false);
      return;
    }
    this.closeRow();
    this.table.row = [];
  }

  openCell(align: string): void {
    const table = this.table;
    if (!table) {
      if (this.line !== '') this.text(' | ');
      return;
    }
    this.closeCell();
    table.row ??= [];
    if (table.rows.length === 0 && align !== '') table.aligns[table.row.length] = align;
    table.cellOpen = true;
    this.line = '';
    this.pendingBreak = 'none';
  }

  closeCell(): void {
    const table = this.table;
    if (!table?.cellOpen) return;
    for (let index = this.inline.length - 1; index >= 0; index--) this.wrapInline(index);
    // TeX in a cell must escape its `|` too, or the row splits there.
    const cell = this.line.trim().replace(/\uE000(\d+)\uE001/g, (held, number: string) => {
      const placeholder = this.placeholders[Number(number)];
      if (placeholder?.kind !== 'inline-math' && placeholder?.kind !== 'display-math') return held;
      return `\uE000${this.placeholders.push({ ...placeholder, tex: placeholder.tex.replace(/\|/g, '\\|') }) - 1}\uE001`;
    });
    (table.row ??= []).push(cell);
    for (const frame of this.inline) frame.start = 0;
    this.line = '';
    table.cellOpen = false;
  }

  /** The Markdown: blocks apart by a blank line, items of one list by a line break. */
  finish(): string {
    if (this.table) this.closeTable();
    if (this.heading !== undefined) this.closeHeading();
    this.finishLine();
    this.finishBlock();
    let markdown = '';
    let previous: MarkdownBlock | undefined;
    for (const block of this.blocks) {
      const prefix = '> '.repeat(block.quote);
      // Only a quote's own prefix is trimmed: code keeps its trailing spaces.
      const text = renderBlock(block)
        .split('\n')
        .map((line) => (line === '' ? prefix.trimEnd() : `${prefix}${line}`))
        .join('\n');
      if (text === '') continue;
      if (previous !== undefined) {
        const tight = previous.kind === 'lines' && previous.item !== undefined && block.kind === 'lines' && block.item !== undefined && block.item.marker !== '';
        const sameQuote = previous.quote === block.quote && block.quote > 0;
        markdown += tight && previous.quote === block.quote ? '\n' : sameQuote ? `\n${prefix.trimEnd()}\n` : '\n\n';
      }
      markdown += text;
      previous = block;
    }
    return markdown;
  }

  /**
   * Whether an opening at `depth` is past the nesting kept; if so, it is skipped, and so is
   * the close that matches it. Each level indents every line under it, so 25,000 nested
   * lists made a file too long for a string, and each inline level is looked through per text.
   */
  private tooDeep(kind: 'inline' | 'list' | 'quote', depth: number): boolean {
    if (depth < maxNesting) return false;
    this.skipped[kind] += 1;
    return true;
  }

  /** Whether a close matches an opening `tooDeep` skipped (and is skipped with it). */
  private closesSkipped(kind: 'inline' | 'list' | 'quote'): boolean {
    if (this.skipped[kind] === 0) return false;
    this.skipped[kind] -= 1;
    return true;
  }

  private closeRow(): void {
    const table = this.table;
    if (!table) return;
    this.closeCell();
    if (table.row && table.row.length > 0) table.rows.push(table.row);
    table.row = undefined;
  }

  private applyBreak(): void {
    const pending = this.pendingBreak;
    this.pendingBreak = 'none';
    if (pending === 'none') return;
    // A cell or a heading is one line: a break in it is a space.
    if (this.table || this.heading !== undefined) {
      if (this.line !== '' && this.lineLast !== ' ') this.append(' ');
      return;
    }
    this.finishLine();
    // In a list item, the next paragraph continues the item, indented under its marker.
    if (pending === 'paragraph') this.finishBlock();
  }

  private wrapInline(index: number): void {
    const frame = this.inline[index];
    if (!frame) return;
    const content = this.line.slice(frame.start);
    this.line = this.line.slice(0, frame.start) + wrapInMarkers(content, frame.open, frame.close);
  }

  private finishLine(): void {
    if (this.table || this.heading !== undefined) return;
    for (let index = this.inline.length - 1; index >= 0; index--) this.wrapInline(index);
    const text = this.line.trim();
    if (text !== '') this.lines.push({ text: escapeLineStart(text), block: false });
    this.line = '';
    // Emphasis still open continues on the next line, from its start.
    for (const frame of this.inline) frame.start = 0;
  }

  /** The marker of a list item that has no text (yet), so the item is not lost. */
  private writeEmptyItem(): void {
    if (!this.item || this.item.marker === '') return;
    this.lines.push({ text: '', block: true });
    this.finishBlock();
  }

  private finishBlock(): void {
    if (this.lines.length === 0) return;
    this.blocks.push({ kind: 'lines', lines: this.lines, item: this.item, quote: this.quote });
    this.lines = [];
    // A list item's next block continues it, under its marker.
    if (this.item && this.item.marker !== '') this.item = { indent: this.item.indent + this.item.marker.length, marker: '' };
  }
}

function renderBlock(block: MarkdownBlock): string {
  switch (block.kind) {
    case 'code': {
      const longest = Math.max(0, ...(block.code.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(Math.max(3, longest + 1));
      const lines = [`${fence}${block.language}`, ...block.code.split('\n'), fence];
      const { item } = block;
      if (!item) return lines.join('\n');
      // In a list item every line sits under the item's text; the first may carry its marker.
      const indent = ' '.repeat(item.indent + item.marker.length);
      return lines.map((line, index) => (index === 0 && item.marker !== '' ? `${' '.repeat(item.indent)}${item.marker}${line}` : line === '' ? '' : `${indent}${line}`)).join('\n');
    }
    case 'heading':
      // A `## ` line starts a card, so level 2 is written underlined (setext), which does not;
      // in a quote, `> ## ` is no card.
      return block.level === 2 && block.quote === 0 ? `${block.text}\n---` : `${'#'.repeat(block.level)} ${block.text}`;
    case 'rule':
      return '---';
    case 'table': {
      const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
      const delimiter = block.aligns.map((align) => (align === 'center' ? ':---:' : align === 'right' ? '---:' : align === 'left' ? ':---' : '---'));
      const [head = [], ...body] = block.rows;
      return [row(head), row(delimiter), ...body.map(row)].join('\n');
    }
    case 'lines': {
      const { lines, item } = block;
      return lines
        .map((line, index) => {
          const next = lines[index + 1];
          // A backslash at the end of a line is a hard line break, as a `<br>` was.
          const text = next !== undefined && !next.block && !line.block ? `${line.text}\\` : line.text;
          if (!item) return text;
          return index === 0 && item.marker !== '' ? `${' '.repeat(item.indent)}${item.marker}${text}` : `${' '.repeat(item.indent + item.marker.length)}${text}`;
        })
        .join('\n');
    }
  }
}

/** Markers around text, its spaces outside (`** x **` is no emphasis), nothing around blanks. */
function wrapInMarkers(content: string, open: string, close: string): string {
  const inner = content.trim();
  if (inner === '' || open === '') return content;
  const lead = content.slice(0, content.length - content.trimStart().length);
  const trail = content.slice(content.trimEnd().length);
  return `${lead}${open}${inner}${close}${trail}`;
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Text as Markdown that shows it literally (line starts aside: see escapeLineStart); `]` too inside a link's text. */
function escapeText(text: string, inLink: boolean): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    switch (character) {
      case '\\':
      case '`':
      case '*':
      case '$':
      case '|':
      case '~':
      case '[':
        out += `\\${character}`;
        break;
      case ']':
        out += inLink ? '\\]' : ']';
        break;
      case '_':
        // snake_case stays readable: `_` between letters never makes emphasis.
        out += wordCharacter.test(before) && wordCharacter.test(after) ? '_' : '\\_';
        break;
      case '{':
        // `{{` could start a cloze, here or with the text next to this one.
        out += before === '{' || after === '{' || index === 0 || index === text.length - 1 ? '\\{' : '{';
        break;
      case '<':
        // An autolink (`<https://…>`) starts with `<` and a non-space.
        out += after === '' || /\S/.test(after) ? '\\<' : '<';
        break;
      case '&':
        out += after === '' || /^&#?[a-z0-9]+;/i.test(text.slice(index)) ? '\\&' : '&';
        break;
      default:
        out += character;
    }
  }
  return out;
}

/** A line that would start a heading, list, quote or rule, or separate a card's sides, escaped. */
function escapeLineStart(line: string): string {
  if (/^\?\??$/.test(line)) return `\\${line}`;
  if (/^(?:#{1,6}(?:\s|$)|>|[-+](?:\s|$)|-[\s-]*$|=+$)/.test(line)) return `\\${line}`;
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(line);
  if (ordered?.[1] !== undefined) return `${ordered[1]}\\${line.slice(ordered[1].length)}`;
  return line;
}
