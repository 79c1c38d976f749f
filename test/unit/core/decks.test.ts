import assert from 'node:assert/strict';
import { clozeBack, clozeFront, scanClozes } from '../../../src/core/decks/cloze';
import { deckIdOf, findDuplicateCardIds, findDuplicateDeckIds, parseDeck } from '../../../src/core/decks/deckFormat';
import type { Card, DeckDiagnostic, ParsedDeck, SourceRange } from '../../../src/core/decks/types';

const rounds = new Set(['online-assessment', 'coding', 'ml-fundamentals', 'system-design', 'project-deep-dive', 'hiring-manager', 'behavioral']);

/** A deck file from its lines, so a line's index in the array is its line number. */
function file(...lines: string[]): string {
  return lines.join('\n');
}

/** Four lines of valid front matter: the body starts on line 4. */
const header = ['---', 'title: Test deck', 'rounds: [ml-fundamentals]', '---'];

function parse(text: string, options: { file?: string; knownRounds?: ReadonlySet<string> } = {}): ParsedDeck {
  return parseDeck(text, { file: options.file ?? '/decks/test-deck.md', knownRounds: options.knownRounds });
}

function range(startLine: number, startColumn: number, endLine: number, endColumn: number): SourceRange {
  return { startLine, startColumn, endLine, endColumn };
}

/** The diagnostics without their messages, for exact comparison. */
function problems(parsed: { readonly diagnostics: readonly DeckDiagnostic[] }): { code: string; severity: string; range: SourceRange }[] {
  return parsed.diagnostics.map(({ code, severity, range: where }) => ({ code, severity, range: where }));
}

function only(parsed: ParsedDeck): DeckDiagnostic {
  assert.equal(parsed.diagnostics.length, 1, JSON.stringify(parsed.diagnostics, null, 2));
  const [diagnostic] = parsed.diagnostics;
  assert.ok(diagnostic);
  return diagnostic;
}

function sides(cards: readonly Card[]): { id: string; front: string; back: string }[] {
  return cards.map(({ id, front, back }) => ({ id, front, back }));
}

describe('deck format: cards', () => {
  it('a basic card splits at the ? line: the question above, the answer below, the heading as its title', () => {
    const parsed = parse(file(...header, '', '## Skip-gram vs CBOW {#w2v-skipgram-cbow}', '', 'What does skip-gram predict?', '', '?', '', 'Context words from the centre word.', ''));
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.cards, [
      {
        id: 'w2v-skipgram-cbow',
        noteId: 'w2v-skipgram-cbow',
        deckId: 'test-deck',
        kind: 'basic',
        title: 'Skip-gram vs CBOW',
        front: 'What does skip-gram predict?',
        back: 'Context words from the centre word.',
        source: { file: '/decks/test-deck.md', line: 5, idRange: range(5, 22, 5, 40) },
      },
    ]);
  });

  it('a ? line separates even without blank lines around it, and multi-paragraph sides keep their Markdown', () => {
    const parsed = parse(file(...header, '## Q {#q}', 'Line one', '- a list item', '?', 'Answer *one*', '', 'Answer two', '', ''));
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(sides(parsed.cards), [{ id: 'q', front: 'Line one\n- a list item', back: 'Answer *one*\n\nAnswer two' }]);
  });

  it('a reversed note gives two cards, id and id:reverse, with the sides swapped', () => {
    const parsed = parse(file(...header, '## Negative sampling {#w2v-negative-sampling reversed}', 'Negative sampling', '??', 'A few binary logistic losses instead of the full softmax.'));
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(sides(parsed.cards), [
      { id: 'w2v-negative-sampling', front: 'Negative sampling', back: 'A few binary logistic losses instead of the full softmax.' },
      { id: 'w2v-negative-sampling:reverse', front: 'A few binary logistic losses instead of the full softmax.', back: 'Negative sampling' },
    ]);
    assert.deepEqual(parsed.cards.map((card) => [card.kind, card.noteId]), [['reversed', 'w2v-negative-sampling'], ['reversed', 'w2v-negative-sampling']]);
  });

  it('a cloze note gives one card per distinct cN, gaps allowed: the active cloze is hidden, the others show their answer', () => {
    const parsed = parse(file(...header, '## Unigram {#w2v-unigram}', 'Raise the {{c1::unigram}} counts to the {{c3::3/4::exponent}} power; {{c1::rare}} words gain.'));
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.cards.map((card) => ({ id: card.id, kind: card.kind, clozeIndex: card.clozeIndex, front: card.front, back: card.back })), [
      {
        id: 'w2v-unigram:c1',
        kind: 'cloze',
        clozeIndex: 1,
        front: 'Raise the […] counts to the 3/4 power; […] words gain.',
        back: 'Raise the **unigram** counts to the 3/4 power; **rare** words gain.',
      },
      {
        id: 'w2v-unigram:c3',
        kind: 'cloze',
        clozeIndex: 3,
        front: 'Raise the unigram counts to the [exponent] power; rare words gain.',
        back: 'Raise the unigram counts to the **3/4** power; rare words gain.',
      },
    ]);
    assert.ok(parsed.cards.every((card) => card.noteId === 'w2v-unigram' && card.source.line === 4));
  });

  it('a ? or ## line inside fenced or indented code is code: it neither splits the card nor starts a new one', () => {
    const parsed = parse(
      file(...header, '## Code {#code}', 'What does this print?', '', '```python', '## not a heading', '?', 'print("?")', '```', '', '    ?', '    ## indented', '', '?', '', '~~~', '??', '~~~'),
    );
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(sides(parsed.cards), [
      { id: 'code', front: 'What does this print?\n\n```python\n## not a heading\n?\nprint("?")\n```\n\n    ?\n    ## indented', back: '~~~\n??\n~~~' },
    ]);
  });

  it('TeX stays verbatim, braces and $$ blocks included, and } } inside a cloze keeps TeX braces from closing it', () => {
    const parsed = parse(
      file(
        ...header,
        '## Attention {#attention}',
        '$$',
        '\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V',
        '$$',
        '?',
        'Scale by $\\frac{1}{\\sqrt{d_k}}$ so logits keep unit variance.',
        '',
        '## Scale {#scale}',
        'Logits are scaled by {{c1::$\\frac{1}{\\sqrt{d_k} }$}}.',
      ),
    );
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(sides(parsed.cards), [
      { id: 'attention', front: '$$\n\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V\n$$', back: 'Scale by $\\frac{1}{\\sqrt{d_k}}$ so logits keep unit variance.' },
      { id: 'scale:c1', front: 'Logits are scaled by […].', back: 'Logits are scaled by **$\\frac{1}{\\sqrt{d_k} }$**.' },
    ]);
  });

  it('text before the first card is the introduction: ignored, ? lines included', () => {
    const parsed = parse(file(...header, 'This deck covers embeddings.', '?', '', '## One {#one}', 'Q', '?', 'A'));
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(sides(parsed.cards), [{ id: 'one', front: 'Q', back: 'A' }]);
  });

  it('CRLF line endings and a BOM read the same as LF, with the same line numbers and columns', () => {
    const lf = file(...header, '## One {#one}', 'Q', '?', 'A', '', '## Two {#Two}', 'Q', '?', 'A', '');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    assert.deepEqual(parse(crlf), parse(lf));
    assert.deepEqual(sides(parse(crlf).cards), [{ id: 'one', front: 'Q', back: 'A' }]);
    assert.deepEqual(problems(parse(crlf)), [{ code: 'card-invalid-id', severity: 'error', range: range(9, 8, 9, 12) }]);
  });

  it('a ## heading inside a list or a quote, or a setext heading, does not start a card', () => {
    const parsed = parse(file(...header, '## One {#one}', 'Q', '', '- ## In a list', '> ## In a quote', '', 'Setext', '------', '?', 'A'));
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(sides(parsed.cards), [{ id: 'one', front: 'Q\n\n- ## In a list\n> ## In a quote\n\nSetext\n------', back: 'A' }]);
  });

  it('an empty title falls back to the id, and closing hashes are not part of the title', () => {
    const parsed = parse(file(...header, '## {#untitled}', 'Q', '?', 'A', '## Closed {#closed} ##', 'Q', '?', 'A'));
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.cards.map((card) => card.title), ['untitled', 'Closed']);
    assert.deepEqual(parsed.cards[1]?.source.idRange, range(8, 11, 8, 18));
  });

  it('braces without a #id are part of the title, so such a heading still needs an id', () => {
    const parsed = parse(file(...header, '## Sets {a, b}', 'Q', '?', 'A'));
    assert.equal(only(parsed).code, 'card-missing-id');
    assert.match(only(parsed).message, /add \{#sets-a-b\}/);
  });

  it('the deck id is the file name without .md, from POSIX paths, Windows paths and (decoded) URIs', () => {
    assert.equal(deckIdOf('/home/ada/flashcards/word2vec.md'), 'word2vec');
    assert.equal(deckIdOf('C:\\Users\\ada\\.loopprep\\flashcards\\nlp\\bert.md'), 'bert');
    assert.equal(deckIdOf('file:///home/ada/.loopprep/flashcards/My%20Deck.MD'), 'My Deck');
    assert.equal(deckIdOf('/home/ada/100%25.md'), '100%25');
    assert.equal(parse(file(...header, '## A {#a}', 'Q', '?', 'A'), { file: 'vscode-vfs://github/x/flashcards/ranking.md' }).cards[0]?.deckId, 'ranking');
  });
});

describe('deck format: front matter', () => {
  it('reads title, description, tags and rounds', () => {
    const parsed = parse(
      file('---', 'title: Word2Vec', 'description: Skip-gram, CBOW and negative sampling.', 'tags: [nlp, embeddings]', 'rounds:', '  - ml-fundamentals', '  - system-design', '---', '## A {#a}', 'Q', '?', 'A'),
      { knownRounds: rounds },
    );
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.deck, {
      id: 'test-deck',
      file: '/decks/test-deck.md',
      title: 'Word2Vec',
      description: 'Skip-gram, CBOW and negative sampling.',
      tags: ['nlp', 'embeddings'],
      rounds: ['ml-fundamentals', 'system-design'],
    });
  });

  it('a file with no front matter still loads its cards, titled after its file, with an error on its first line', () => {
    const parsed = parse(file('## First {#first}', 'Q', '?', 'A'), { file: '/decks/bias-variance.md' });
    assert.deepEqual(parsed.deck, { id: 'bias-variance', file: '/decks/bias-variance.md', title: 'bias-variance', tags: [], rounds: [] });
    assert.deepEqual(sides(parsed.cards), [{ id: 'first', front: 'Q', back: 'A' }]);
    assert.deepEqual(problems(parsed), [{ code: 'front-matter-missing', severity: 'error', range: range(0, 0, 0, 17) }]);
  });

  it('an empty file is not a deck: no deck, no cards, one warning', () => {
    for (const text of ['', '\n\n', 'Just some notes.\n']) {
      const parsed = parse(text);
      assert.equal(parsed.deck, undefined);
      assert.deepEqual(parsed.cards, []);
      assert.equal(only(parsed).code, 'deck-empty');
      assert.equal(only(parsed).severity, 'warning');
    }
    assert.deepEqual(only(parse('')).range, range(0, 0, 0, 0));
  });

  it('a deck with front matter but no cards is a warning on the opening ---', () => {
    const parsed = parse(file(...header, '', 'Cards coming soon.'));
    assert.equal(parsed.deck?.title, 'Test deck');
    assert.deepEqual(problems(parsed), [{ code: 'deck-no-cards', severity: 'warning', range: range(0, 0, 0, 3) }]);
  });

  it('a YAML syntax error is reported at its line; the cards still load and the deck is titled after its file', () => {
    const parsed = parse(file('---', 'title: Word2Vec', 'rounds: [ml-fundamentals', 'tags: [nlp]', '---', '## A {#a}', 'Q', '?', 'A'), { file: '/decks/word2vec.md' });
    assert.equal(parsed.deck?.title, 'word2vec');
    assert.deepEqual(parsed.deck.rounds, []);
    assert.deepEqual(sides(parsed.cards), [{ id: 'a', front: 'Q', back: 'A' }]);
    // The yaml package notices the missing ] where the next key starts.
    assert.deepEqual(problems(parsed), [{ code: 'front-matter-yaml', severity: 'error', range: range(3, 0, 3, 1) }]);
    assert.match(only(parsed).message, /not valid YAML .*close every \[ list with \]/);
  });

  it('a value with an unquoted ": " in it is a YAML error at that spot, and the message says to quote it', () => {
    const parsed = parse(file('---', 'title: T', 'rounds: [coding]', 'description: Ranking: the basics', '---', '## A {#a}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [{ code: 'front-matter-yaml', severity: 'error', range: range(3, 13, 3, 14) }]);
    assert.match(only(parsed).message, /in quotes/);
  });

  it('a duplicate key is a YAML error at the second key', () => {
    const parsed = parse(file('---', 'title: One', 'title: Two', 'rounds: [coding]', '---', '## A {#a}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [{ code: 'front-matter-yaml', severity: 'error', range: range(2, 0, 2, 1) }]);
  });

  it('a missing title or rounds is an error on the opening ---; a value of the wrong type, on its key', () => {
    const missing = parse(file('---', 'description: No title, no rounds', '---', '## A {#a}', 'Q', '?', 'A'));
    assert.deepEqual(problems(missing), [
      { code: 'front-matter-invalid', severity: 'error', range: range(0, 0, 0, 3) },
      { code: 'front-matter-invalid', severity: 'error', range: range(0, 0, 0, 3) },
    ]);
    assert.match(missing.diagnostics[0]?.message ?? '', /title: Word2Vec/);
    assert.match(missing.diagnostics[1]?.message ?? '', /rounds: \[ml-fundamentals\]/);

    const wrongTypes = parse(file('---', 'title: [a, list]', 'rounds: ml-fundamentals', 'description: 42', '---', '## A {#a}', 'Q', '?', 'A'), { file: 'x/nlp.md' });
    assert.deepEqual(problems(wrongTypes), [
      { code: 'front-matter-invalid', severity: 'error', range: range(1, 0, 1, 16) },
      { code: 'front-matter-invalid', severity: 'error', range: range(2, 0, 2, 23) },
      { code: 'front-matter-invalid', severity: 'error', range: range(3, 0, 3, 15) },
    ]);
    assert.match(wrongTypes.diagnostics[1]?.message ?? '', /must be a list/);
    assert.deepEqual(wrongTypes.deck, { id: 'nlp', file: 'x/nlp.md', title: 'nlp', tags: [], rounds: [] });
    assert.equal(wrongTypes.cards.length, 1);
  });

  it('a blank title, an empty rounds list and a number as a tag are errors at their place; the good fields are kept', () => {
    const parsed = parse(file('---', 'title: "  "', 'description: Kept', 'tags: [nlp, 2026]', 'rounds: []', '---', '## A {#a}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [
      { code: 'front-matter-invalid', severity: 'error', range: range(1, 0, 1, 11) },
      { code: 'front-matter-invalid', severity: 'error', range: range(3, 12, 3, 16) },
      { code: 'front-matter-invalid', severity: 'error', range: range(4, 0, 4, 10) },
    ]);
    assert.deepEqual(parsed.deck, { id: 'test-deck', file: '/decks/test-deck.md', title: 'test-deck', description: 'Kept', tags: [], rounds: [] });
  });

  it('an unknown round is a warning at that round, only when the known rounds are given', () => {
    const text = file('---', 'title: T', 'rounds: [ml-fundamentals, ml-fundamental]', '---', '## A {#a}', 'Q', '?', 'A');
    const checked = parse(text, { knownRounds: rounds });
    assert.deepEqual(problems(checked), [{ code: 'unknown-round', severity: 'warning', range: range(2, 26, 2, 40) }]);
    assert.match(checked.diagnostics[0]?.message ?? '', /"ml-fundamental".*behavioral, coding/);
    assert.deepEqual(checked.deck?.rounds, ['ml-fundamentals', 'ml-fundamental']);
    assert.deepEqual(parse(text).diagnostics, []);
  });

  it('an unknown front-matter key is a warning on the key that suggests the near miss', () => {
    const parsed = parse(file('---', 'title: T', 'tag: [nlp]', 'rounds: [coding]', 'author: Ada', '---', '## A {#a}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [
      { code: 'front-matter-unknown-key', severity: 'warning', range: range(2, 0, 2, 3) },
      { code: 'front-matter-unknown-key', severity: 'warning', range: range(4, 0, 4, 6) },
    ]);
    assert.match(parsed.diagnostics[0]?.message ?? '', /did you mean tags\?/);
    assert.doesNotMatch(parsed.diagnostics[1]?.message ?? '', /did you mean/);
  });

  it('front matter that is never closed is an error on its first line, and the cards after it still load', () => {
    const parsed = parse(file('---', 'title: T', 'rounds: [coding]', '', '## A {#a}', 'Q', '?', 'A'), { file: 'open.md' });
    assert.deepEqual(problems(parsed), [{ code: 'front-matter-unclosed', severity: 'error', range: range(0, 0, 0, 3) }]);
    assert.equal(parsed.deck?.title, 'open');
    assert.deepEqual(sides(parsed.cards), [{ id: 'a', front: 'Q', back: 'A' }]);
  });

  it('front matter that is a list, not keys, is an error; an alias bomb is refused, not expanded', () => {
    const list = parse(file('---', '- title', '- rounds', '---', '## A {#a}', 'Q', '?', 'A'));
    assert.deepEqual(problems(list), [{ code: 'front-matter-invalid', severity: 'error', range: range(1, 0, 2, 8) }]);
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 8; level++) bomb.push(`l${level}: &l${level} [${Array(9).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
    const parsed = parse(file(...bomb, 'title: T', 'rounds: [coding]', '---', '## A {#a}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [{ code: 'front-matter-yaml', severity: 'error', range: range(0, 0, 0, 3) }]);
    assert.equal(parsed.cards.length, 1);
  });

  it('front matter nested thousands deep is one error at the line too deep, read in one pass; the cards still load', () => {
    const deep = parse(file('---', 'title: T', 'tags:', `${'- '.repeat(5_000)}x`, 'rounds: [coding]', '---', '## A {#a}', 'Q', '?', 'A'));
    assert.deepEqual(problems(deep), [{ code: 'front-matter-yaml', severity: 'error', range: range(3, 0, 3, 10_001) }]);
    assert.match(deep.diagnostics[0]?.message ?? '', /nested more than 64 levels deep/);
    assert.deepEqual(sides(deep.cards), [{ id: 'a', front: 'Q', back: 'A' }]);
    // A huge deeply indented front matter (what ran V8 out of memory) costs one scan.
    const started = Date.now();
    const indented = parse(file('---', 'title: T', ...Array.from({ length: 2_000 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`), '---', '## A {#a}', 'Q', '?', 'A'));
    assert.equal(indented.diagnostics[0]?.code, 'front-matter-yaml');
    assert.equal(indented.cards.length, 1);
    assert.ok(Date.now() - started < 1_000, `took ${Date.now() - started} ms`);
  });
});

describe('deck format: card diagnostics', () => {
  it('a card without an id is an error on its heading line that suggests an id; the deck’s other cards still load', () => {
    const parsed = parse(file(...header, '## Skip-gram vs CBOW', 'Q', '?', 'A', '## Kept {#kept}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [{ code: 'card-missing-id', severity: 'error', range: range(4, 0, 4, 20) }]);
    assert.equal(only(parsed).message, "Card has no id: add {#skip-gram-vs-cbow} at the end of the heading. Keep the id when you edit the card: it carries the card's review history");
    assert.deepEqual(parsed.cards.map((card) => card.id), ['kept']);
  });

  it('a malformed id is an error at the id, with a corrected suggestion; the card is skipped', () => {
    const parsed = parse(file(...header, '## Bad {#Skip_Gram}', 'Q', '?', 'A', '## Colon {#a:b}', 'Q', '?', 'A', '## Empty {#}', 'Q', '?', 'A', '## Good {#good}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [
      { code: 'card-invalid-id', severity: 'error', range: range(4, 8, 4, 18) },
      { code: 'card-invalid-id', severity: 'error', range: range(8, 10, 8, 14) },
      { code: 'card-invalid-id', severity: 'error', range: range(12, 10, 12, 11) },
    ]);
    assert.match(parsed.diagnostics[0]?.message ?? '', /\{#skip-gram\}/);
    assert.deepEqual(parsed.cards.map((card) => card.id), ['good']);
  });

  it('a duplicate id is an error at both headings; the first card loads, the second does not', () => {
    const parsed = parse(file(...header, '## First {#same}', 'Q1', '?', 'A1', '## Second {#same reversed}', 'Q2', '??', 'A2'));
    assert.deepEqual(problems(parsed), [
      { code: 'card-duplicate-id', severity: 'error', range: range(4, 10, 4, 15) },
      { code: 'card-duplicate-id', severity: 'error', range: range(8, 11, 8, 16) },
    ]);
    assert.match(parsed.diagnostics[0]?.message ?? '', /used again on line 9/);
    assert.match(parsed.diagnostics[1]?.message ?? '', /already used on line 5/);
    assert.deepEqual(sides(parsed.cards), [{ id: 'same', front: 'Q1', back: 'A1' }]);
  });

  it('a card with neither a ? line nor a cloze is an error on its heading', () => {
    const basic = parse(file(...header, '## Lonely {#lonely}', 'Only a question, no answer.', '## Next {#next}', 'Q', '?', 'A'));
    assert.deepEqual(problems(basic), [{ code: 'card-missing-separator', severity: 'error', range: range(4, 0, 4, 19) }]);
    assert.match(only(basic).message, /line with only \?.*\{\{c1::answer\}\}/);
    assert.deepEqual(basic.cards.map((card) => card.id), ['next']);
    const reversed = parse(file(...header, '## Term {#term reversed}', 'Term', 'Definition'));
    assert.match(only(reversed).message, /no \?\? line/);
  });

  it('an empty question or answer is an error on the ? line, and the card is skipped', () => {
    const parsed = parse(file(...header, '## No question {#no-question}', '', '?', 'A', '## No answer {#no-answer}', 'Q', ' ? ', '', '## Fine {#fine}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [
      { code: 'card-empty-front', severity: 'error', range: range(6, 0, 6, 1) },
      { code: 'card-empty-back', severity: 'error', range: range(10, 1, 10, 2) },
    ]);
    assert.deepEqual(parsed.cards.map((card) => card.id), ['fine']);
  });

  it('a second ? line is an error on that line, and the card is skipped', () => {
    const parsed = parse(file(...header, '## Two answers {#two}', 'Q', '?', 'A', '', '?', 'B'));
    assert.deepEqual(problems(parsed), [{ code: 'card-extra-separator', severity: 'error', range: range(9, 0, 9, 1) }]);
    assert.deepEqual(parsed.cards, []);
  });

  it('? in a reversed card, or ?? in a one-way card, is a warning on that line; the card loads as its heading says', () => {
    const parsed = parse(file(...header, '## Reversed {#rev reversed}', 'Term', '?', 'Meaning', '## One-way {#one}', 'Q', '??', 'A'));
    assert.deepEqual(problems(parsed), [
      { code: 'card-separator-mismatch', severity: 'warning', range: range(6, 0, 6, 1) },
      { code: 'card-separator-mismatch', severity: 'warning', range: range(10, 0, 10, 2) },
    ]);
    assert.match(parsed.diagnostics[1]?.message ?? '', /\{#one reversed\}/);
    assert.deepEqual(parsed.cards.map((card) => `${card.kind} ${card.id}`), ['reversed rev', 'reversed rev:reverse', 'basic one']);
  });

  it('an unknown option in the braces is a warning at the option; the card loads', () => {
    const parsed = parse(file(...header, '## Typo {#typo reverse}', 'Q', '?', 'A', '## Two ids {#first #second}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [
      { code: 'card-unknown-option', severity: 'warning', range: range(4, 15, 4, 22) },
      { code: 'card-unknown-option', severity: 'warning', range: range(8, 19, 8, 26) },
    ]);
    assert.match(parsed.diagnostics[0]?.message ?? '', /only option is reversed/);
    assert.deepEqual(parsed.cards.map((card) => `${card.kind} ${card.id}`), ['basic typo', 'basic first']);
  });

  it('an empty, unclosed, nested or c0 cloze is an error at the cloze, and its note is skipped', () => {
    const parsed = parse(
      file(
        ...header,
        '## Empty {#empty}',
        'Text {{c1::}} and {{c2::fine}}.',
        '## Unclosed {#unclosed}',
        'Text {{c1::open',
        'and more.',
        '## Nested {#nested}',
        'A {{c1::outer {{c2::inner}} }} b',
        '## Zero {#zero}',
        'A {{c0::zero}} b',
        '## Good {#good}',
        'A {{c1::b}}',
      ),
    );
    assert.deepEqual(problems(parsed), [
      { code: 'cloze-empty', severity: 'error', range: range(5, 5, 5, 13) },
      { code: 'cloze-malformed', severity: 'error', range: range(7, 5, 7, 11) },
      { code: 'cloze-malformed', severity: 'error', range: range(10, 2, 10, 27) },
      { code: 'cloze-malformed', severity: 'error', range: range(12, 2, 12, 14) },
    ]);
    assert.deepEqual(parsed.cards.map((card) => card.id), ['good:c1']);
  });

  it('a cloze whose TeX closes braces as }} is a warning that says to write } }', () => {
    const parsed = parse(file(...header, '## TeX {#tex}', 'Loss: {{c1::$x^{2}}$}} here.'));
    assert.deepEqual(problems(parsed), [{ code: 'cloze-unbalanced-braces', severity: 'warning', range: range(5, 6, 5, 19) }]);
    assert.match(only(parsed).message, /\} \}/);
    assert.equal(parsed.cards.length, 1);
  });

  it('reversed on a cloze card is a warning at the id; the cloze cards load', () => {
    const parsed = parse(file(...header, '## Cloze {#cz reversed}', '{{c1::a}} and {{c2::b}}'));
    assert.deepEqual(problems(parsed), [{ code: 'cloze-reversed', severity: 'warning', range: range(4, 10, 4, 13) }]);
    assert.deepEqual(parsed.cards.map((card) => card.id), ['cz:c1', 'cz:c2']);
  });

  it('thousands of broken clozes in one card: the first 100 listed, then one that counts the rest', () => {
    const parsed = parse(file(...header, '## Broken {#broken}', '{{c1::'.repeat(5000)));
    const listed = problems(parsed);
    assert.equal(listed.length, 101);
    assert.ok(listed.every((problem) => problem.code === 'cloze-malformed'));
    assert.match(parsed.diagnostics[100]?.message ?? '', /^4,900 more malformed clozes in this card after this one/);
    assert.deepEqual(parsed.cards, []);
  });

  it('a note with more than 50 cloze numbers loads c1 to c50 and is an error at c51: thousands of numbers cannot multiply the note thousands of times', () => {
    const clozes = Array.from({ length: 3000 }, (_, index) => `{{c${index + 1}::w${index + 1}}}`).join(' ');
    const parsed = parse(file(...header, '## Many {#many}', clozes));
    assert.equal(parsed.cards.length, 50);
    assert.equal(parsed.cards.at(-1)?.id, 'many:c50');
    const [problem, ...more] = problems(parsed);
    assert.ok(problem && more.length === 0, JSON.stringify(problems(parsed)));
    assert.equal(problem.code, 'cloze-too-many');
    const column = clozes.indexOf('{{c51::');
    assert.deepEqual(problem.range, range(5, column, 5, column + '{{c51::w51}}'.length));
  });

  it('clozes in a card with a ? line are a warning at the first cloze, and show as written', () => {
    const parsed = parse(file(...header, '## Mixed {#mixed}', 'Q', '?', 'The {{c1::answer}}.'));
    assert.deepEqual(problems(parsed), [{ code: 'cloze-with-separator', severity: 'warning', range: range(7, 4, 7, 18) }]);
    assert.deepEqual(sides(parsed.cards), [{ id: 'mixed', front: 'Q', back: 'The {{c1::answer}}.' }]);
  });

  it('an unclosed code fence is an error at the fence, which warns that the cards after it are swallowed', () => {
    const parsed = parse(file(...header, '## Code {#code}', 'Q', '?', '```python', 'x = 1', '', '## Lost {#lost}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), [{ code: 'code-fence-unclosed', severity: 'error', range: range(7, 0, 7, 9) }]);
    assert.match(only(parsed).message, /cards included.*```/);
    assert.deepEqual(parsed.cards.map((card) => card.id), ['code']);
  });

  it('a code block closed inside a quote or a list item is closed: no diagnostic', () => {
    const parsed = parse(file(...header, '## Quoted {#quoted}', 'Q', '?', '> ```python', '> x = 1', '> ```', '', '- item', '', '  ```', '  y = 2', '  ```', '', '## Next {#next}', 'Q', '?', 'A'));
    assert.deepEqual(problems(parsed), []);
    assert.deepEqual(parsed.cards.map((card) => card.id), ['quoted', 'next']);
  });

  it('a misspelled cloze is a warning where it is written; a well-written one beside it still loads', () => {
    const parsed = parse(file(...header, '## Typos {#typos}', 'The {{c1::first}}, the {{C2::second}}, the {{c 3::third}} and the {{c4:fourth}}.'));
    assert.deepEqual(
      problems(parsed).map(({ code, severity, range: where }) => [code, severity, where.startLine, where.startColumn, where.endColumn]),
      [
        ['cloze-misspelled', 'warning', 5, 23, 29],
        ['cloze-misspelled', 'warning', 5, 43, 50],
        ['cloze-misspelled', 'warning', 5, 66, 71],
      ],
    );
    assert.deepEqual(parsed.cards.map((card) => card.id), ['typos:c1']);
    // With no well-written cloze the card has no answer: the error says so, the warning says where.
    const alone = parse(file(...header, '## Alone {#alone}', 'Only {{C1::this}}.'));
    assert.deepEqual(problems(alone).map((problem) => problem.code), ['card-missing-separator', 'cloze-misspelled']);
  });

  it('a card id on a # or ### heading is an error: that heading is not a card', () => {
    const parsed = parse(file(...header, '## Real {#real}', 'Q', '?', 'A', '### Sub {#sub}', 'more', '# Top {#top}'));
    assert.deepEqual(problems(parsed), [
      { code: 'card-wrong-heading-level', severity: 'error', range: range(8, 0, 8, 14) },
      { code: 'card-wrong-heading-level', severity: 'error', range: range(10, 0, 10, 12) },
    ]);
    assert.deepEqual(sides(parsed.cards), [{ id: 'real', front: 'Q', back: 'A\n### Sub {#sub}\nmore\n# Top {#top}' }]);
  });

  it('every message says what to do, and the diagnostics come in file order', () => {
    const parsed = parse(file('---', 'title: T', 'rounds: [coding, nope]', 'tag: x', '---', '## B {#B}', 'Q', '?', 'A', '## C', 'Q', '?', 'A', '## D {#d}', 'x'), { knownRounds: rounds });
    assert.deepEqual(parsed.diagnostics.map((diagnostic) => diagnostic.code), ['unknown-round', 'front-matter-unknown-key', 'card-invalid-id', 'card-missing-id', 'card-missing-separator']);
    for (const diagnostic of parsed.diagnostics) assert.match(diagnostic.message, /: /, diagnostic.message);
  });
});

describe('findDuplicateDeckIds', () => {
  it('warns on a later deck with the same file name as an earlier one (a user copy of a built-in deck)', () => {
    const builtIn = parse(file(...header, '## A {#a}', 'Q', '?', 'A'), { file: '/ext/flashcards/word2vec.md' });
    const copy = parse(file(...header, '## B {#b}', 'Q', '?', 'A'), { file: '/ws/.loopprep/flashcards/sub/word2vec.md' });
    const other = parse(file(...header, '## C {#c}', 'Q', '?', 'A'), { file: '/ws/.loopprep/flashcards/mine.md' });
    const found = findDuplicateDeckIds([builtIn, copy, other]);
    assert.deepEqual(found.map(({ file: where, code, severity }) => [where, code, severity]), [['/ws/.loopprep/flashcards/sub/word2vec.md', 'deck-duplicate-id', 'warning']]);
    assert.match(found[0]?.message ?? '', /word2vec\.md/);
  });
});

describe('findDuplicateCardIds', () => {
  it('an id used in two decks is an error at each place, naming the other file; a note counts once', () => {
    const word2vec = parse(file(...header, '## Shared {#shared reversed}', 'T', '??', 'D', '## Own {#own}', 'Q', '?', 'A'), { file: '/flashcards/word2vec.md' });
    const mine = parse(file(...header, '', '## Copy {#shared}', '{{c1::x}} {{c2::y}}'), { file: '/ws/.loopprep/flashcards/mine.md' });
    const other = parse(file(...header, '## Other {#other}', 'Q', '?', 'A'), { file: '/flashcards/other.md' });
    assert.deepEqual(findDuplicateCardIds([word2vec, mine, other]), [
      {
        severity: 'error',
        code: 'card-duplicate-id',
        message: 'Card id "shared" is also used in mine.md line 6: card ids must be unique across all decks, so rename one',
        range: range(4, 11, 4, 18),
        file: '/flashcards/word2vec.md',
        fixes: [{ title: 'Rename this card to #shared-2', edits: [{ range: range(4, 11, 4, 18), newText: '#shared-2' }], preferred: false }],
      },
      {
        severity: 'error',
        code: 'card-duplicate-id',
        message: 'Card id "shared" is also used in word2vec.md line 5: card ids must be unique across all decks, so rename one',
        range: range(5, 9, 5, 16),
        file: '/ws/.loopprep/flashcards/mine.md',
        fixes: [{ title: 'Rename this card to #shared-2', edits: [{ range: range(5, 9, 5, 16), newText: '#shared-2' }], preferred: false }],
      },
    ]);
    assert.deepEqual(findDuplicateCardIds([word2vec, other]), []);
  });
});

describe('cloze helpers', () => {
  it('the front hides only the asked cloze, as [hint] or […]; the back emphasises it', () => {
    const text = 'A {{c1::one::count}} and {{c2::two}} and {{c1:: padded }}.';
    assert.equal(clozeFront(text, 1), 'A [count] and two and […].');
    assert.equal(clozeBack(text, 1), 'A **one** and two and  **padded** .');
    assert.equal(clozeFront(text, 2), 'A one and […] and  padded .');
    assert.equal(clozeBack(text, 2), 'A one and **two** and  padded .');
  });

  it('a blank hint counts as no hint, and the hint starts at the first ::', () => {
    assert.equal(clozeFront('{{c1::a::  }}', 1), '[…]');
    assert.equal(clozeFront('{{c1::std::vector}}', 1), '[vector]');
  });

  it('TeX braces survive in answers, and } } keeps a }} inside a cloze', () => {
    assert.equal(clozeBack('{{c1::$\\frac{a}{b}$}}', 1), '**$\\frac{a}{b}$**');
    assert.equal(clozeFront('$e^{ {{c1::i\\pi}} }$', 1), '$e^{ […] }$');
    const scan = scanClozes('{{c1::$\\sqrt{x^{2} }$}}');
    assert.deepEqual(scan.clozes.map((cloze) => cloze.answer), ['$\\sqrt{x^{2} }$']);
  });

  it('malformed clozes are left as written by the helpers', () => {
    assert.equal(clozeFront('a {{c1::open', 1), 'a {{c1::open');
    assert.equal(clozeBack('{{c0::zero}} {{c1::one}}', 1), '{{c0::zero}} **one**');
    assert.deepEqual(scanClozes('{{c1::a {{c2::b}} c}}').problems.map((problem) => problem.kind), ['nested']);
  });
});
