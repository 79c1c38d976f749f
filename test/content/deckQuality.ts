import type { Card } from '../../src/core/decks/types';
import { scanClozes } from '../../src/core/decks/cloze';

// The content rules for decks that both the unit tier (test/unit/content) and the
// authors' report (checkDecks.mjs) apply, written once.

/** About the most words an answer can have and still be recalled (the decks issue's limit). */
export const answerWordLimit = 120;

/** The words of an answer, leaving out TeX and code (a formula is not forty words). */
export function proseWordCount(markdown: string): number {
  const prose = markdown.replace(/```[\s\S]*?```/g, ' ').replace(/\$\$[\s\S]*?\$\$/g, ' ').replace(/\$[^$\n]+\$/g, ' x ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** One card per note, the first: its back is the note's answer (a reversed note's second card shows the question). */
export function firstCardOfEachNote(cards: readonly Card[]): Card[] {
  const notes = new Map<string, Card>();
  for (const card of cards) if (!notes.has(card.noteId)) notes.set(card.noteId, card);
  return [...notes.values()];
}

/**
 * The TeX that KaTeX could not render in a card's HTML (from the review renderer): parse
 * errors, and undefined commands, which KaTeX does not fail on but draws in red.
 */
export function texProblems(html: string): string[] {
  const problems: string[] = [];
  for (const error of html.matchAll(/class="katex-error"(?:[^>]*title="([^"]*)")?/g)) {
    problems.push((error[1] ?? 'KaTeX error').replace(/&#x27;/g, "'").replace(/&quot;/g, '"'));
  }
  for (const error of html.matchAll(/<mstyle mathcolor="#cc0000"><mtext>([^<]*)<\/mtext>/g)) {
    problems.push(`undefined command ${error[1] ?? ''}`);
  }
  return problems;
}

/** An answer that a card shows on its question side before it is asked. */
export interface QuestionLeak {
  /** The scheduling id of the leaking card (`id:c2`, `id:reverse`, …). */
  readonly cardId: string;
  readonly noteId: string;
  /** The answer, as written. */
  readonly answer: string;
  /** What of it shows (see `answerForms`): the answer, or the form of it found. */
  readonly shown: string;
  /** Where it shows: in the title above the question, or in the question text itself. */
  readonly where: 'title' | 'question';
}

/**
 * The answer as plain words for comparison: Markdown emphasis and code ticks removed,
 * TeX delimiters dropped (so `$\ell_1$` compares as `\ell_1`), whitespace collapsed,
 * lowercase, and trailing punctuation trimmed (an answer "dropout." is the word dropout).
 */
function comparable(markdown: string): string {
  return markdown
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.,;:!?]+$/, '');
}

/**
 * Whether a form of an answer is worth looking for on the question side. Excluded, each
 * because it only raises false alarms:
 * - forms of one or two characters ("k", "0", "I"; "L1" is three and counts): such
 *   strings turn up in unrelated words and formulas everywhere;
 * - pure numbers and symbols, i.e. fewer than two letters ("0.75", "1/2", "10%"): a
 *   number on the question side is usually a different quantity (the 2 of "top-2"), not
 *   the hidden one;
 * - in TeX, forms without two letters in a row ("$p$", "$np$", "$O(n)$", "$r_i$"): their
 *   one-letter symbols recur in the question's other formulas ($p$ in "Bernoulli($p$)",
 *   $O$ in every complexity) without giving the answer away. TeX with a word or command
 *   in it ("$\sqrt{d_k}$", "$\log n$") is still checked.
 */
function worthChecking(plain: string, tex: boolean): boolean {
  if (plain.length <= 2) return false;
  return tex ? /\p{L}\p{L}/u.test(plain) : (plain.match(/\p{L}/gu) ?? []).length >= 2;
}

/** Head nouns that name the kind of thing, not the thing: "novelty effect" is given away by "Novelty". */
const genericHeads = new Set(['effect', 'effects', 'metric', 'metrics', 'test', 'tests', 'error', 'ratio', 'rate', 'score', 'method', 'loss']);

/**
 * The forms in which an answer can be given away (all in plain form, see `comparable`):
 * - the answer itself;
 * - without its parentheses: "Mean reciprocal rank (MRR)" shows as "mean reciprocal rank",
 *   "Covariate (data) drift" as "covariate drift";
 * - an acronym in its parentheses ("MRR", "RBAC");
 * - without a leading article or "one"/"its", without an "@k", and without a generic head
 *   noun at the end (see `genericHeads`): "one primary (decision) metric" is given away by
 *   a title "Primary, secondary, guardrail", "Hit rate@k" by "Hit rate";
 * - each item of a short enumeration ("Situation, Task, Action, Result": three or more
 *   items of at most three words each), since showing one item gives part of it away.
 */
function answerForms(answer: string): string[] {
  const plain = comparable(answer);
  // In TeX, parentheses and commas are notation, not asides: a formula is looked for whole.
  if (answer.includes('$')) return worthChecking(plain, true) ? [plain] : [];
  const forms = new Set([plain]);
  const bare = comparable(answer.replace(/\s*\([^()]*\)/g, ''));
  forms.add(bare);
  for (const inner of answer.matchAll(/\(([^()]*)\)/g)) {
    const acronym = (inner[1] ?? '').trim();
    if (/^[A-Z][A-Z0-9-]*[A-Z0-9]$/.test(acronym)) forms.add(acronym.toLowerCase());
  }
  const trimmed = bare.replace(/^(?:a|an|the|one|its)\s+/, '').replace(/@k$/, '');
  forms.add(trimmed);
  const words = trimmed.split(' ');
  if (words.length > 1 && genericHeads.has(words[words.length - 1] ?? '')) forms.add(words.slice(0, -1).join(' '));
  const items = bare.split(/\s*,\s*/);
  if (items.length >= 3 && items.every((item) => item.split(' ').length <= 3)) for (const item of items) forms.add(item);
  return [...forms].filter((form) => worthChecking(form, false));
}

/**
 * Whether `phrase` occurs in `plainText` as whole words: not inside a longer word, though
 * a plural "s"/"es" after it still counts ("embedding" is shown by "Embeddings"). Both are
 * already in plain form (see `comparable`), so case does not matter.
 */
function containsPhrase(plainText: string, phrase: string): boolean {
  let from = plainText.indexOf(phrase);
  while (from >= 0) {
    const before = plainText.slice(0, from);
    const after = plainText.slice(from + phrase.length).replace(/^e?s/, '');
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
    from = plainText.indexOf(phrase, from + 1);
  }
  return false;
}

/**
 * Answer text a card shows on its question side (its title is shown above the question):
 * - a cloze card: each answer its cloze hides, found in the note's title or in the
 *   question as shown, where the other clozes appear answered and the hidden one as its
 *   hint, so a hint or a sibling cloze that gives the answer away counts too;
 * - a reversed card (either direction): the side it asks for, found in the title or on
 *   the side it shows.
 * Basic cards are not checked: their answer is free prose, rarely a single phrase.
 * `noteMarkdown` is each note's Markdown as written (parseDeck's `onNote`), which holds
 * the cloze answers.
 */
export function questionSideLeaks(cards: readonly Card[], noteMarkdown: ReadonlyMap<string, string>): QuestionLeak[] {
  const leaks: QuestionLeak[] = [];
  for (const card of cards) {
    let answers: string[] = [];
    if (card.kind === 'cloze') {
      const markdown = noteMarkdown.get(card.noteId) ?? '';
      answers = scanClozes(markdown).clozes.filter((cloze) => cloze.index === card.clozeIndex).map((cloze) => cloze.answer.trim());
    } else if (card.kind === 'reversed') {
      answers = [card.back.trim()];
    }
    if (answers.length === 0) continue;
    const title = comparable(card.title);
    const question = comparable(card.front);
    const seen = new Set<string>();
    for (const answer of answers) {
      if (seen.has(answer)) continue;
      seen.add(answer);
      const forms = answerForms(answer);
      const inTitle = forms.find((form) => containsPhrase(title, form));
      const inQuestion = inTitle === undefined ? forms.find((form) => containsPhrase(question, form)) : undefined;
      const shown = inTitle ?? inQuestion;
      if (shown !== undefined) leaks.push({ cardId: card.id, noteId: card.noteId, answer, shown, where: inTitle !== undefined ? 'title' : 'question' });
    }
  }
  return leaks;
}
