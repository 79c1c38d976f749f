import * as z from 'zod/mini';
import type { SourceRange } from '../decks/types';
import { plural } from '../plural';
import { knownRoundIds } from './roundIds';
import { id, linkSchema, minutes, readYaml, text, unknownLink, yamlIdOf, type ContentLink, type LinkTargets } from './yamlSource';

// Loop templates (rounds/*.yaml, .loopprep/rounds/*.yaml): an interview loop, its rounds,
// their timer phases and checklists. The format is documented in rounds/README.md.

export interface Phase {
  readonly title: string;
  readonly minutes: number;
}

export type ChecklistLink = ContentLink;

export interface ChecklistItem {
  readonly id: string;
  /** The row's label: a short imperative, at most `maxItemTitleLength` characters (the text cut short when the file gives none). */
  readonly title: string;
  /** The whole of what to be able to do, shown when the row is hovered. */
  readonly text: string;
  readonly links: readonly ChecklistLink[];
}

export interface Round {
  readonly id: string;
  readonly title: string;
  readonly kinds: readonly string[];
  readonly tests: string;
  readonly format: string;
  readonly minutes: number;
  readonly phases: readonly Phase[];
  readonly checklist: readonly ChecklistItem[];
  readonly deliverables: readonly string[];
  readonly rubric: readonly { readonly name: string; readonly description: string }[];
  readonly probes: readonly string[];
}

export interface Loop {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly source: string;
  readonly file: string;
  /** The rounds that loaded (a round with an error is left out), in order. */
  readonly rounds: readonly Round[];
}

export type LoopDiagnosticCode = 'loop-yaml' | 'loop-invalid' | 'loop-id-mismatch' | 'round-invalid' | 'duplicate-id' | 'phases-mismatch' | 'unknown-link' | 'item-title' | 'parse-failed';

export interface LoopDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: LoopDiagnosticCode;
  readonly message: string;
  readonly range: SourceRange;
}

export interface ParsedLoop {
  readonly file: string;
  /** Undefined when the loop's own fields are unusable (its diagnostics say why). */
  readonly loop: Loop | undefined;
  readonly diagnostics: readonly LoopDiagnostic[];
  /** Every link of the loaded rounds and where it is written, to check against the decks and problems later (`unknownLinks`). */
  readonly links: readonly { readonly link: ContentLink; readonly range: SourceRange }[];
}

/** What links may point at; a link to anything else is a warning. Leave a set out to skip its check. */
export type LoopLinkTargets = LinkTargets;

/**
 * The longest checklist title that fits a Rounds row: the view shares its side bar with
 * three others and indents items twice, so a longer label is cut off even at 700 px.
 */
export const maxItemTitleLength = 60;

/** A title made from a text too long to be one: cut at a word before the limit, with an ellipsis. */
export function shortTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= maxItemTitleLength) return line;
  const cut = line.slice(0, maxItemTitleLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxItemTitleLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.(-]+$/, '')}…`;
}

const itemSchema = z.object({
  id: id('A checklist item id'),
  title: z.optional(text('A checklist title')),
  text: text('A checklist item'),
  links: z._default(z.array(linkSchema, { error: 'links must be a list' }), []),
});
const roundSchema = z.object({
  id: id('A round id'),
  title: text('The round title'),
  kinds: z.array(z.enum([...knownRoundIds] as [string, ...string[]], { error: `A kind is one of ${[...knownRoundIds].join(', ')}` }), { error: 'kinds must be a list' }).check(z.minLength(1, { error: 'kinds is empty: name at least one kind' })),
  tests: text('tests'),
  format: text('format'),
  minutes: minutes(5, 240),
  phases: z.array(z.object({ title: text('A phase title'), minutes: minutes(1, 240) }), { error: 'phases must be a list of { title, minutes }' }).check(z.minLength(1, { error: 'a round needs at least one phase' })),
  checklist: z.array(itemSchema, { error: 'checklist must be a list' }).check(z.minLength(6, { error: 'a round needs at least 6 checklist items' })),
  deliverables: z._default(z.array(text('A deliverable')), []),
  rubric: z._default(z.array(z.object({ name: text('A rubric name'), description: text('A rubric description') })), []),
  probes: z._default(z.array(text('A probe')), []),
});
const loopSchema = z.object({
  id: id('The loop id'),
  title: text('The loop title'),
  description: text('The description'),
  source: text('source'),
  rounds: z.array(z.unknown(), { error: 'rounds must be a list' }).check(z.minLength(1, { error: 'a loop needs at least one round' })),
});

/** The loop id a file gives: its name without `.yaml`/`.yml`. */
export function loopIdOf(file: string): string {
  return yamlIdOf(file);
}

/**
 * Reads one loop file. Bad input becomes diagnostics at their lines, never an exception;
 * good rounds still load. Links are checked against `targets` where it names a kind.
 */
export function parseLoop(source: string, file: string, targets: LoopLinkTargets = {}): ParsedLoop {
  const yaml = readYaml(source);
  const diagnostics: LoopDiagnostic[] = [];
  const links: { link: ContentLink; range: SourceRange }[] = [];
  const at = (path: readonly PropertyKey[]): SourceRange => yaml.at(path);
  const report = (severity: LoopDiagnostic['severity'], code: LoopDiagnosticCode, message: string, range: SourceRange): void => {
    diagnostics.push({ severity, code, message, range });
  };
  for (const problem of yaml.errors) report('error', 'loop-yaml', problem.message, problem.range);
  if (yaml.errors.length > 0) return { file, loop: undefined, diagnostics, links };

  const loop = loopSchema.safeParse(yaml.data);
  if (!loop.success) {
    for (const issue of loop.error.issues) report('error', 'loop-invalid', issue.message, at(issue.path));
    return { file, loop: undefined, diagnostics, links };
  }
  if (loop.data.id !== loopIdOf(file)) {
    report('warning', 'loop-id-mismatch', `The loop id "${loop.data.id}" differs from the file name "${loopIdOf(file)}": rename one so they match`, at(['id']));
  }

  const rounds: Round[] = [];
  const roundIds = new Set<string>();
  const itemIds = new Map<string, string>();
  loop.data.rounds.forEach((raw, index) => {
    const parsed = roundSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report('error', 'round-invalid', `Round ${index + 1}: ${issue.message}; the round is left out until it is fixed`, at(['rounds', index, ...(issue.path as (string | number)[])]));
      return;
    }
    const round = parsed.data;
    if (roundIds.has(round.id)) {
      report('error', 'duplicate-id', `Two rounds have the id "${round.id}": the second is left out`, at(['rounds', index, 'id']));
      return;
    }
    roundIds.add(round.id);
    const total = round.phases.reduce((sum, phase) => sum + phase.minutes, 0);
    if (total !== round.minutes) {
      report('warning', 'phases-mismatch', `The phases of "${round.title}" add up to ${plural(total, 'minute')}, not the round's ${round.minutes}`, at(['rounds', index, 'phases']));
    }
    const checklist: ChecklistItem[] = [];
    round.checklist.forEach((item, itemIndex) => {
      const firstRound = itemIds.get(item.id);
      if (firstRound !== undefined) {
        report('error', 'duplicate-id', `The checklist id "${item.id}" is already used in round "${firstRound}": ids are unique in a loop, so this item is left out`, at(['rounds', index, 'checklist', itemIndex, 'id']));
        return;
      }
      itemIds.set(item.id, round.id);
      item.links.forEach((link, linkIndex) => {
        const range = at(['rounds', index, 'checklist', itemIndex, 'links', linkIndex]);
        links.push({ link, range });
        const unknown = unknownLink(link, targets);
        if (unknown) report('warning', 'unknown-link', unknown, range);
      });
      // A title is optional in a loop of your own: a short text is its own title, and a long
      // one is cut short, with a warning, rather than leaving the round out for a label.
      let title = item.title;
      if (title === undefined) {
        title = shortTitle(item.text);
        if (title.endsWith('…')) report('warning', 'item-title', `The checklist item "${item.id}" has no title, and its text is too long for the Rounds view: add a title of at most ${maxItemTitleLength} characters (the text then shows when you hover the row)`, at(['rounds', index, 'checklist', itemIndex, 'text']));
      } else if (title.length > maxItemTitleLength) {
        report('warning', 'item-title', `The title of "${item.id}" is ${title.length} characters: keep it to ${maxItemTitleLength} so the Rounds view shows all of it, and put the rest in its text`, at(['rounds', index, 'checklist', itemIndex, 'title']));
      }
      checklist.push({ id: item.id, title, text: item.text, links: item.links });
    });
    rounds.push({ ...round, checklist });
  });
  const { id: loopId, title, description, source: from } = loop.data;
  return { file, loop: { id: loopId, title, description, source: from, file, rounds }, diagnostics, links };
}
