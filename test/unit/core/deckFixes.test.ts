import assert from 'node:assert/strict';
import { findDuplicateCardIds, maxFixedDiagnostics, parseDeck } from '../../../src/core/decks/deckFormat';
import { applyEdits, fixesFor } from '../../../src/core/decks/fixes';
import type { DeckDiagnostic, DeckDiagnosticCode, DeckFix, ParsedDeck } from '../../../src/core/decks/types';

const rounds = new Set(['coding', 'ml-fundamentals', 'system-design', 'behavioral']);

function file(...lines: string[]): string {
  return lines.join('\n');
}

const header = ['---', 'title: Test deck', 'rounds: [ml-fundamentals]', '---'];

function parse(text: string): ParsedDeck {
  return parseDeck(text, { file: '/decks/test-deck.md', knownRounds: rounds });
}

function diagnostic(parsed: ParsedDeck, code: DeckDiagnosticCode): DeckDiagnostic {
  const found = parsed.diagnostics.find((candidate) => candidate.code === code);
  assert.ok(found, `no ${code} in ${JSON.stringify(parsed.diagnostics.map((each) => each.code))}`);
  return found;
}

/** The text after the diagnostic's fix called `title` (or its preferred fix), with the codes the new text still has. */
function applyFix(text: string, code: DeckDiagnosticCode, title?: string): { text: string; fix: DeckFix; codes: string[] } {
  const found = diagnostic(parse(text), code);
  const fixes = found.fixes ?? [];
  const fix = title === undefined ? fixes.find((candidate) => candidate.preferred) : fixes.find((candidate) => candidate.title === title);
  assert.ok(fix, `no fix ${title ?? '(preferred)'} in ${JSON.stringify(fixes.map((each) => each.title))}`);
  const fixed = applyEdits(text, fix.edits);
  return { text: fixed, fix, codes: parse(fixed).diagnostics.map((each) => each.code) };
}

describe('deck quick fixes: each correction a message names, applied, leaves the deck without that problem', () => {
  it('front-matter-unknown-key: "did you mean rounds?" renames the key, and the deck serves the round', () => {
    const { text, codes } = applyFix(file('---', 'title: T', 'round: [coding]', '---', '## Q {#q}', 'Q', '?', 'A'), 'front-matter-unknown-key');
    assert.equal(text, file('---', 'title: T', 'rounds: [coding]', '---', '## Q {#q}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
    assert.deepEqual(parse(text).deck?.rounds, ['coding']);
  });

  it('front-matter-unknown-key: no rename is offered when the key it resembles is already there, or nothing is near', () => {
    const parsed = parse(file('---', 'title: T', 'titel: U', 'colour: red', 'rounds: [coding]', '---'));
    assert.deepEqual(parsed.diagnostics.filter((each) => each.code === 'front-matter-unknown-key').map((each) => each.fixes), [undefined, undefined]);
  });

  it('unknown-round: the nearest known round is the preferred fix; every known round is offered', () => {
    const broken = file('---', 'title: T', 'rounds: [ml-fundamental]', '---', '## Q {#q}', 'Q', '?', 'A');
    const found = diagnostic(parse(broken), 'unknown-round');
    const fixes = found.fixes ?? [];
    assert.equal(fixes[0]?.title, 'Change to ml-fundamentals');
    assert.deepEqual(new Set(fixes.map((fix) => fix.title)), new Set([...rounds].map((round) => `Change to ${round}`)));
    assert.deepEqual(fixes.map((fix) => fix.preferred), [true, false, false, false]);
    const { text, codes } = applyFix(broken, 'unknown-round');
    assert.equal(text, file('---', 'title: T', 'rounds: [ml-fundamentals]', '---', '## Q {#q}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
  });

  it('unknown-round: nothing is preferred when no known round is close', () => {
    const found = diagnostic(parse(file('---', 'title: T', 'rounds: [astrology]', '---')), 'unknown-round');
    assert.equal(found.fixes?.some((fix) => fix.preferred), false);
  });

  it('front-matter-invalid: a missing title is added, named after the file', () => {
    const { text, codes } = applyFix(file('---', 'rounds: [coding]', '---', '## Q {#q}', 'Q', '?', 'A'), 'front-matter-invalid');
    assert.equal(text, file('---', 'title: test-deck', 'rounds: [coding]', '---', '## Q {#q}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
  });

  it('front-matter-invalid: a single round or tag written without brackets becomes a list', () => {
    const { text, codes } = applyFix(file('---', 'title: T', 'tags: nlp', 'rounds: coding', '---'), 'front-matter-invalid');
    assert.equal(text, file('---', 'title: T', 'tags: [nlp]', 'rounds: coding', '---'));
    assert.deepEqual(codes, ['deck-no-cards', 'front-matter-invalid']);
    const again = applyFix(text, 'front-matter-invalid');
    assert.equal(again.text, file('---', 'title: T', 'tags: [nlp]', 'rounds: [coding]', '---'));
    assert.deepEqual(again.codes, ['deck-no-cards']);
  });

  it('front-matter-yaml: a tab in the indent becomes spaces', () => {
    const { text, codes } = applyFix(file('---', 'title: T', 'rounds:', '\t- coding', '---'), 'front-matter-yaml');
    assert.equal(text, file('---', 'title: T', 'rounds:', '  - coding', '---'));
    assert.deepEqual(codes, ['deck-no-cards']);
  });

  it('front-matter-unclosed: a --- line goes after the last key, before the first heading', () => {
    const { text, codes } = applyFix(file('---', 'title: T', 'rounds: [coding]', '## Q {#q}', 'Q', '?', 'A'), 'front-matter-unclosed');
    assert.equal(text, file('---', 'title: T', 'rounds: [coding]', '---', '## Q {#q}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
  });

  it('front-matter-missing: front matter titled after the file is added; then the empty rounds list is the one thing left', () => {
    const { text, codes } = applyFix(file('## Q {#q}', 'Q', '?', 'A'), 'front-matter-missing');
    assert.equal(text, file('---', 'title: test-deck', 'rounds: []', '---', '', '## Q {#q}', 'Q', '?', 'A'));
    assert.deepEqual(codes, ['front-matter-invalid']);
  });

  it('deck-empty: the same front matter is offered, but not preferred (the file may not be meant as a deck)', () => {
    const found = diagnostic(parse('Some notes.'), 'deck-empty');
    assert.deepEqual(found.fixes?.map((fix) => fix.preferred), [false]);
    const { codes } = applyFix('Some notes.', 'deck-empty', 'Add front matter titled test-deck');
    assert.deepEqual(codes, ['deck-no-cards', 'front-matter-invalid']);
  });

  it('card-missing-id: the id from the title is added at the end of the heading, before closing hashes, and never one the deck has', () => {
    const { text, codes } = applyFix(file(...header, '## Negative sampling ##', 'Q', '?', 'A', '## Other {#negative-sampling}', 'Q', '?', 'A'), 'card-missing-id');
    assert.equal(text, file(...header, '## Negative sampling {#negative-sampling-2} ##', 'Q', '?', 'A', '## Other {#negative-sampling}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
    assert.match(diagnostic(parse(file(...header, '## Negative sampling', 'Q', '?', 'A')), 'card-missing-id').message, /add \{#negative-sampling\}/);
  });

  it('card-missing-id: two cards without ids get two different ids', () => {
    const text = file(...header, '## Same', 'Q', '?', 'A', '## Same', 'Q', '?', 'A');
    const suggested = parse(text).diagnostics.map((each) => each.fixes?.[0]?.edits[0]?.newText);
    assert.deepEqual(suggested, [' {#same}', ' {#same-2}']);
  });

  it('id fixes are written for the first 1,000 notes that need one (the Problems panel lists no more); later ones keep the suggestion in their message', () => {
    const cards = Array.from({ length: maxFixedDiagnostics + 1 }, (_, index) => `## Card ${index}\nq\n?\na\n`);
    const parsed = parse(file(...header, ...cards));
    const missing = parsed.diagnostics.filter((each) => each.code === 'card-missing-id');
    assert.equal(missing.length, maxFixedDiagnostics + 1);
    assert.equal(missing.filter((each) => each.fixes !== undefined).length, maxFixedDiagnostics);
    assert.equal(missing.at(-1)?.fixes, undefined);
    assert.match(missing.at(-1)?.message ?? '', new RegExp(`add \\{#card-${maxFixedDiagnostics}\\}`));
  });

  it('200,000 unknown options in one heading: the first 1,000 diagnostics carry fixes, the rest none', () => {
    const parsed = parse(file(...header, `## Q {#q ${'a b '.repeat(100_000)}}`, 'Q', '?', 'A'));
    const options = parsed.diagnostics.filter((each) => each.code === 'card-unknown-option');
    assert.equal(options.length, 200_000);
    assert.equal(options.filter((each) => each.fixes !== undefined).length, maxFixedDiagnostics);
  });

  it('card-invalid-id: the id is rewritten in the allowed letters', () => {
    const { text, codes } = applyFix(file(...header, '## Q {#My_Card}', 'Q', '?', 'A'), 'card-invalid-id');
    assert.equal(text, file(...header, '## Q {#my-card}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
  });

  it('card-duplicate-id: the later card is renamed (from either diagnostic), and both cards load', () => {
    const broken = file(...header, '## A {#same}', 'Q', '?', 'A', '## B {#same}', 'Q', '?', 'A');
    const both = parse(broken).diagnostics.filter((each) => each.code === 'card-duplicate-id');
    assert.equal(both.length, 2);
    assert.deepEqual(both[0]?.fixes, both[1]?.fixes);
    const { text, codes } = applyFix(broken, 'card-duplicate-id');
    assert.equal(text, file(...header, '## A {#same}', 'Q', '?', 'A', '## B {#same-2}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
    assert.deepEqual(parse(text).cards.map((card) => card.id), ['same', 'same-2']);
  });

  it('card-duplicate-id across decks: each place may be renamed to an id no deck uses; not preferred', () => {
    const one = parseDeck(file(...header, '## A {#same}', 'Q', '?', 'A', '## B {#same-2}', 'Q', '?', 'A'), { file: '/decks/one.md' });
    const two = parseDeck(file(...header, '## C {#same}', 'Q', '?', 'A'), { file: '/decks/two.md' });
    const found = findDuplicateCardIds([one, two]);
    assert.deepEqual(found.map((each) => [each.file, each.fixes?.map((fix) => [fix.edits[0]?.newText, fix.preferred])]), [
      ['/decks/one.md', [['#same-3', false]]],
      ['/decks/two.md', [['#same-3', false]]],
    ]);
    const fixed = applyEdits(file(...header, '## C {#same}', 'Q', '?', 'A'), found[1]?.fixes?.[0]?.edits ?? []);
    assert.deepEqual(findDuplicateCardIds([one, parseDeck(fixed, { file: '/decks/two.md' })]), []);
  });

  it('card-unknown-option: a second id is removed; a misspelt reversed is corrected', () => {
    const second = applyFix(file(...header, '## Q {#q #r}', 'Q', '?', 'A'), 'card-unknown-option');
    assert.equal(second.text, file(...header, '## Q {#q}', 'Q', '?', 'A'));
    assert.deepEqual(second.codes, []);
    const misspelt = applyFix(file(...header, '## Q {#q reverse}', 'Q', '??', 'A'), 'card-unknown-option');
    assert.equal(misspelt.text, file(...header, '## Q {#q reversed}', 'Q', '??', 'A'));
    assert.deepEqual(misspelt.codes, []);
    const other = applyFix(file(...header, '## Q {#q hard}', 'Q', '?', 'A'), 'card-unknown-option', 'Remove hard');
    assert.equal(other.text, file(...header, '## Q {#q}', 'Q', '?', 'A'));
  });

  it('card-wrong-heading-level: a ### card heading becomes ##, and the card loads', () => {
    const { text, codes } = applyFix(file(...header, '### Q {#q}', 'Q', '?', 'A'), 'card-wrong-heading-level');
    assert.equal(text, file(...header, '## Q {#q}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
    assert.equal(parse(text).cards.length, 1);
  });

  it('card-wrong-heading-level: no fix for a heading in a list (it is card content)', () => {
    const found = diagnostic(parse(file(...header, '## Q {#q}', 'Q', '?', '- ### Sub {#sub}')), 'card-wrong-heading-level');
    assert.equal(found.fixes, undefined);
  });

  it('card-extra-separator: removing the second ? line is offered, not preferred', () => {
    const broken = file(...header, '## Q {#q}', 'Q', '?', 'A', '?', 'B');
    assert.deepEqual(diagnostic(parse(broken), 'card-extra-separator').fixes?.map((fix) => fix.preferred), [false]);
    const { text, codes } = applyFix(broken, 'card-extra-separator', 'Remove this ? line');
    assert.equal(text, file(...header, '## Q {#q}', 'Q', '?', 'A', 'B'));
    assert.deepEqual(codes, []);
  });

  it('card-separator-mismatch: a reversed card gets ??; a ?? card is offered either reversed or ?', () => {
    const reversed = applyFix(file(...header, '## Q {#q reversed}', 'Q', '?', 'A'), 'card-separator-mismatch');
    assert.equal(reversed.text, file(...header, '## Q {#q reversed}', 'Q', '??', 'A'));
    assert.deepEqual(reversed.codes, []);
    const broken = file(...header, '## Q {#q}', 'Q', '??', 'A');
    const twoWay = applyFix(broken, 'card-separator-mismatch', 'Make it two-way: {#q reversed}');
    assert.equal(twoWay.text, file(...header, '## Q {#q reversed}', 'Q', '??', 'A'));
    assert.deepEqual(twoWay.codes, []);
    const oneWay = applyFix(broken, 'card-separator-mismatch', 'Make it one-way: change ?? to ?');
    assert.equal(oneWay.text, file(...header, '## Q {#q}', 'Q', '?', 'A'));
    assert.deepEqual(oneWay.codes, []);
    assert.equal(diagnostic(parse(broken), 'card-separator-mismatch').fixes?.some((fix) => fix.preferred), false);
  });

  it('cloze-with-separator: removing the ? line makes a cloze card', () => {
    const { text, codes } = applyFix(file(...header, '## Q {#q}', 'The {{c1::answer}}', '?', 'more'), 'cloze-with-separator', 'Make it a cloze card: remove the ? line');
    assert.equal(text, file(...header, '## Q {#q}', 'The {{c1::answer}}', 'more'));
    assert.deepEqual(codes, []);
    assert.deepEqual(parse(text).cards.map((card) => card.id), ['q:c1']);
  });

  it('cloze-reversed: reversed is removed from the heading', () => {
    const { text, codes } = applyFix(file(...header, '## Q {#q reversed}', 'The {{c1::answer}}'), 'cloze-reversed');
    assert.equal(text, file(...header, '## Q {#q}', 'The {{c1::answer}}'));
    assert.deepEqual(codes, []);
  });

  it('cloze-misspelled: {{C1:, {{c 2:: are rewritten as clozes', () => {
    const first = applyFix(file(...header, '## Q {#q}', 'The {{C1:answer}} and {{c 2::more}}'), 'cloze-misspelled');
    assert.equal(first.text, file(...header, '## Q {#q}', 'The {{c1::answer}} and {{c 2::more}}'));
    const second = applyFix(first.text, 'cloze-misspelled');
    assert.equal(second.text, file(...header, '## Q {#q}', 'The {{c1::answer}} and {{c2::more}}'));
    assert.deepEqual(second.codes, []);
  });

  it('cloze-malformed: {{c0:: becomes {{c1::; an unclosed cloze may be closed at the end of its line (not preferred)', () => {
    const zero = applyFix(file(...header, '## Q {#q}', 'The {{c0::answer}}'), 'cloze-malformed');
    assert.equal(zero.text, file(...header, '## Q {#q}', 'The {{c1::answer}}'));
    assert.deepEqual(zero.codes, []);
    const unclosed = file(...header, '## Q {#q}', 'The {{c1::answer  ', 'next line');
    assert.deepEqual(diagnostic(parse(unclosed), 'cloze-malformed').fixes?.map((fix) => fix.preferred), [false]);
    const closed = applyFix(unclosed, 'cloze-malformed', 'Close the cloze at the end of its line');
    assert.equal(closed.text, file(...header, '## Q {#q}', 'The {{c1::answer}}  ', 'next line'));
    assert.deepEqual(closed.codes, []);
  });

  it('cloze-malformed: 200,000 unclosed clozes on one line are listed with their fixes in linear time', () => {
    const text = file(...header, '## Q {#q}', `${'{{c1:: '.repeat(200_000)}end`);
    const started = process.hrtime.bigint();
    const parsed = parse(text);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    const malformed = parsed.diagnostics.filter((each) => each.code === 'cloze-malformed');
    assert.equal(malformed.length, 101);
    assert.equal(malformed[0]?.fixes?.[0]?.edits[0]?.range.startColumn, 200_000 * 7 + 3);
    assert.ok(elapsed < 2000, `${elapsed} ms`);
  });

  it('cloze-unbalanced-braces: the }} that ended the cloze early becomes } }', () => {
    const { text, codes } = applyFix(file(...header, '## Q {#q}', 'Softmax: {{c1::$\\frac{a}{b}}}$'), 'cloze-unbalanced-braces');
    assert.equal(text, file(...header, '## Q {#q}', 'Softmax: {{c1::$\\frac{a}{b} }}$'));
    assert.deepEqual(codes, []);
  });

  it('code-fence-unclosed: the fence is closed after the code, before the card heading it swallowed', () => {
    const { text, codes, fix } = applyFix(file(...header, '## Q {#q}', 'Q', '?', '```python', 'x = 1', '', '## R {#r}', 'Q', '?', 'A'), 'code-fence-unclosed', 'Close the code block after line 9');
    assert.equal(fix.preferred, false);
    assert.equal(text, file(...header, '## Q {#q}', 'Q', '?', '```python', 'x = 1', '```', '', '## R {#r}', 'Q', '?', 'A'));
    assert.deepEqual(codes, []);
    assert.deepEqual(parse(text).cards.map((card) => card.id), ['q', 'r']);
  });

  it('fixes keep a file\'s CRLF line breaks and BOM-less positions', () => {
    const broken = `\uFEFF${file(...header, '## Q {#My_Card}', 'Q', '?', 'A').replace(/\n/g, '\r\n')}`;
    const { text } = applyFix(broken, 'card-invalid-id');
    assert.equal(text, file(...header, '## Q {#my-card}', 'Q', '?', 'A').replace(/\n/g, '\r\n'));
  });

  it('fixesFor finds a diagnostic\'s fixes by code, message and range, and none for a diagnostic no longer there', () => {
    const parsed = parse(file(...header, '## Q {#My_Card}', 'Q', '?', 'A'));
    const found = diagnostic(parsed, 'card-invalid-id');
    assert.deepEqual(fixesFor(parsed.diagnostics, found), found.fixes);
    assert.deepEqual(fixesFor(parsed.diagnostics, { ...found, range: { ...found.range, startLine: 1 } }), []);
  });

  it('codes whose message names no mechanical correction carry no fix', () => {
    const parsed = parse(file(...header, '## Q {#q}', '?', '', '## R {#r}', 'no answer', '## S {#s}', 'The {{c1::}}'));
    const withoutFix = parsed.diagnostics.filter((each) => ['card-empty-front', 'card-missing-separator', 'cloze-empty'].includes(each.code));
    assert.deepEqual(withoutFix.map((each) => [each.code, each.fixes]), [['card-empty-front', undefined], ['card-missing-separator', undefined], ['cloze-empty', undefined]]);
  });
});
