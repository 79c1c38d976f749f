import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { interleavedMedians, median, type Row } from './measure';
import markdownIt from 'markdown-it';
import { parseDeck } from '../../src/core/decks/deckFormat';
import { Journal, journalFilePath } from '../../src/core/journal/journal';
import { loadStudyJournal } from '../../src/core/journal/studyJournal';

export const title = 'Decks and journal (src/core/decks, src/core/journal)';

/** A deck of 10,000 cards: a third basic with TeX, a third reversed with code, a third cloze. */
function syntheticDeck(): string {
  const parts = ['---', 'title: Synthetic', 'rounds: [ml-fundamentals]', '---', ''];
  for (let index = 0; index < 10_000; index++) {
    if (index % 3 === 0) parts.push(`## Card ${index} {#card-${index}}`, '', `What is $\\frac{a}{b}$ for case ${index}?`, '', '?', '', `Answer ${index}, with **Markdown**.`, '');
    else if (index % 3 === 1) parts.push(`## Card ${index} {#card-${index} reversed}`, '', `Term ${index}`, '', '??', '', `Definition ${index}.`, '', '```python', 'x = 1  # ?', '```', '');
    else parts.push(`## Card ${index} {#card-${index}}`, '', `The {{c1::answer ${index}::hint}} and the {{c2::rest}} of $e^{i\\pi}$.`, '');
  }
  return parts.join('\n');
}

/** 100,000 review events as the journal stores them, one JSON line each. */
function syntheticJournal(): string {
  const start = Date.UTC(2026, 0, 1);
  const memory = { stage: 'review', stability: 12.3456789, difficulty: 5.1234567, reps: 7, lapses: 1, step: 0, lastReview: start, due: start + 12 * 86_400_000, dueDay: 20_466, scheduledDays: 12 };
  const lines: string[] = [];
  for (let index = 0; index < 100_000; index++) {
    lines.push(
      JSON.stringify({ v: 1, id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, type: 'flashcards.review', time: start + index * 1000, data: { cardId: `card-${index % 10_000}`, grade: 3, previousStage: 'review', memory, durationMs: 4200 } }),
    );
  }
  return lines.join('\n') + '\n';
}

export async function measure(): Promise<Row[]> {
  const deck = syntheticDeck();
  const parsed = parseDeck(deck, { file: 'synthetic.md' });
  if (parsed.diagnostics.length > 0) throw new Error(`the synthetic deck has diagnostics: ${parsed.diagnostics[0]?.message ?? ''}`);
  const parseMs = median(7, () => parseDeck(deck, { file: 'synthetic.md' }));
  // Baseline: markdown-it's own full parse of the same text, the library the parser stands on.
  const md = markdownIt({ html: false });
  const markdownMs = median(7, () => md.parse(deck, {}));

  const journal = syntheticJournal();
  // The load the extension runs at start-up without a snapshot: the file read as a stream,
  // hashed for the snapshot, parsed line by line and folded into the review log's columns.
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-bench-fold-'));
  let loadMs: number;
  let jsonMs: number;
  try {
    fs.writeFileSync(journalFilePath(directory), journal);
    const file = new Journal(directory, { now: () => Date.now() });
    const check = await loadStudyJournal(file, undefined);
    if (check.reviews.reviews.length !== 100_000) throw new Error(`the synthetic journal folded into ${check.reviews.reviews.length} reviews, not 100,000`);
    [loadMs = Number.NaN, jsonMs = Number.NaN] = await interleavedMedians(9, [
      () => loadStudyJournal(file, undefined),
      () => journal.split('\n').map((line) => (line ? (JSON.parse(line) as unknown) : undefined)),
    ]);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }

  return [
    {
      figure: `parse and validate 10,000 synthetic notes (${parsed.cards.length} cards, ${(deck.length / 1e6).toFixed(1)} MB)`,
      value: `${parseMs.toFixed(1)} ms`,
      baseline: `markdown-it parse of the same text ${markdownMs.toFixed(1)} ms`,
      ratio: `${(parseMs / markdownMs).toFixed(2)}×`,
      target: '≤ 200 ms',
      met: parseMs <= 200,
    },
    {
      // What a user waits for when the journal is read from disk. Most of it is JSON.parse,
      // about 14 ms per MB here; the ratio shows our own share of the cost.
      figure: `load 100,000 journal events (${(journal.length / 1e6).toFixed(0)} MB) from the file and fold them into card states, as at start-up without a snapshot`,
      value: `${loadMs.toFixed(0)} ms`,
      baseline: `JSON.parse of every line alone ${jsonMs.toFixed(0)} ms`,
      ratio: `${(loadMs / jsonMs).toFixed(2)}×`,
      target: '≤ 1.5× JSON.parse',
      met: loadMs <= 1.5 * jsonMs,
    },
  ];
}
