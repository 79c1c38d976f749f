import type { Card } from '../../src/core/decks/types';

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
