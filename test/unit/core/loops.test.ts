import assert from 'node:assert/strict';
import { unknownLinks } from '../../../src/core/rounds/links';
import { loopIdOf, maxItemTitleLength, parseLoop, shortTitle, type LoopLinkTargets } from '../../../src/core/rounds/loopFormat';

/** A file from its lines, so a line's index in the array is its 0-based line number. */
function file(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

const items = (prefix: string): string[] => [
  '    checklist:',
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`      - id: ${prefix}-${n}`, `        text: Item ${n} of ${prefix}`]),
];

const header = ['id: sample', 'title: Sample loop', 'description: A loop for tests.', 'source: Written for the tests.', 'rounds:'];
const round = (id: string, minutes = 45): string[] => [
  `  - id: ${id}`,
  `    title: Round ${id}`,
  '    kinds: [coding]',
  '    tests: Whether you can code.',
  '    format: One interviewer, a shared editor.',
  `    minutes: ${minutes}`,
  '    phases:',
  '      - { title: Problem, minutes: 40 }',
  '      - { title: Questions, minutes: 5 }',
  ...items(id),
];

describe('loop templates (rounds/*.yaml)', () => {
  it('reads a loop: rounds in order with their phases and checklists', () => {
    const parsed = parseLoop(file(...header, ...round('first'), ...round('second')), '/rounds/sample.yaml');
    assert.deepEqual(parsed.diagnostics, []);
    assert.equal(parsed.loop?.title, 'Sample loop');
    assert.deepEqual(parsed.loop.rounds.map((r) => r.id), ['first', 'second']);
    const first = parsed.loop.rounds[0];
    assert.deepEqual(first?.phases, [{ title: 'Problem', minutes: 40 }, { title: 'Questions', minutes: 5 }]);
    assert.equal(first.checklist.length, 6);
    // A text short enough to be a row's label is its own title.
    assert.deepEqual(first.checklist[0], { id: 'first-1', title: 'Item 1 of first', text: 'Item 1 of first', links: [] });
    assert.deepEqual(first.deliverables, []);
  });

  it('a YAML syntax error is a diagnostic at its line, and nothing loads', () => {
    const parsed = parseLoop(file('id: sample', 'title: [unclosed', 'description: x'), '/rounds/sample.yaml');
    assert.equal(parsed.loop, undefined);
    assert.equal(parsed.diagnostics[0]?.code, 'loop-yaml');
    assert.equal(parsed.diagnostics[0].severity, 'error');
  });

  it('a bad round is reported at the bad field and left out; the other rounds load', () => {
    const bad = round('bad').map((line) => (line === '    kinds: [coding]' ? '    kinds: [codng]' : line));
    const lines = [...header, ...round('good'), ...bad];
    const parsed = parseLoop(file(...lines), '/rounds/sample.yaml');
    assert.deepEqual(parsed.loop?.rounds.map((r) => r.id), ['good']);
    const problem = parsed.diagnostics.find((d) => d.code === 'round-invalid');
    assert.ok(problem, JSON.stringify(parsed.diagnostics));
    assert.equal(problem.range.startLine, lines.indexOf('    kinds: [codng]'), 'on the kinds line');
    assert.match(problem.message, /Round 2: A kind is one of/);
  });

  it('needs at least 6 checklist items per round', () => {
    const short = round('short').slice(0, -4);
    const parsed = parseLoop(file(...header, ...short), '/rounds/sample.yaml');
    assert.deepEqual(parsed.loop?.rounds, []);
    assert.match(parsed.diagnostics.map((d) => d.message).join('\n'), /at least 6 checklist items/);
  });

  it('warns when the phases do not add up to the round, and when the id differs from the file name', () => {
    const parsed = parseLoop(file(...header, ...round('odd', 50)), '/rounds/other-name.yaml');
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.severity]), [['loop-id-mismatch', 'warning'], ['phases-mismatch', 'warning']]);
    assert.equal(parsed.loop?.rounds.length, 1, 'a warning does not drop the round');
  });

  it('rejects a duplicate round id and a checklist id used twice in the loop', () => {
    const second = round('again').map((line) => line.replace('again-1', 'first-1'));
    const parsed = parseLoop(file(...header, ...round('first'), ...round('first'), ...second), '/rounds/sample.yaml');
    assert.deepEqual(parsed.loop?.rounds.map((r) => r.id), ['first', 'again']);
    assert.equal(parsed.loop.rounds[1]?.checklist.length, 5, 'the reused item id is left out');
    assert.deepEqual(parsed.diagnostics.map((d) => d.code), ['duplicate-id', 'duplicate-id']);
  });

  it('checks links against the decks, cards and problems that exist', () => {
    const linked = round('linked').flatMap((line) =>
      line === '        text: Item 1 of linked'
        ? [line, '        links:', '          - deck: word2vec', '          - card: w2v-gone', '          - problem: jump-game', '          - problem: no-such-problem', '          - cards: typo']
        : [line],
    );
    const targets: LoopLinkTargets = { decks: new Set(['word2vec']), cards: new Set(['w2v-skipgram-cbow']), problems: new Set(['jump-game']) };
    const lines = [...header, ...linked];
    const parsed = parseLoop(file(...lines), '/rounds/sample.yaml', targets);
    // "cards: typo" is not a link at all: the round is invalid.
    assert.deepEqual(parsed.loop?.rounds, []);
    assert.match(parsed.diagnostics.map((d) => d.message).join('\n'), /A link is one of/);
    const fixed = parseLoop(file(...lines.filter((line) => !line.includes('cards: typo'))), '/rounds/sample.yaml', targets);
    assert.deepEqual(fixed.diagnostics.map((d) => [d.code, d.range.startLine]), [
      ['unknown-link', lines.indexOf('          - card: w2v-gone')],
      ['unknown-link', lines.indexOf('          - problem: no-such-problem')],
    ]);
    assert.deepEqual(fixed.loop?.rounds[0]?.checklist[0]?.links, [{ deck: 'word2vec' }, { card: 'w2v-gone' }, { problem: 'jump-game' }, { problem: 'no-such-problem' }]);
    // Parsed without targets (as the worker does, before the decks are in), then checked: the same warnings.
    const unchecked = parseLoop(file(...lines.filter((line) => !line.includes('cards: typo'))), '/rounds/sample.yaml');
    assert.deepEqual(unchecked.diagnostics, []);
    assert.deepEqual(unchecked.loop, fixed.loop);
    assert.deepEqual(unknownLinks(unchecked.links, targets), fixed.diagnostics);
    // Without deck and card targets (the decks did not load), only problem links are checked.
    assert.deepEqual(unknownLinks(unchecked.links, { problems: targets.problems }).map((d) => d.message), ['No problem has the id "no-such-problem"']);
  });

  it('a checklist item shows its title; a long text without one is cut at a word and warned about at its line; a long title is warned about', () => {
    const long = 'Explain why a two-tower retrieval model needs in-batch negatives and a sampled softmax correction for popular items';
    const lines = round('titled').flatMap((line) =>
      line === '        text: Item 1 of titled' ? ['        title: Explain two-tower negatives', `        text: ${long}`]
        : line === '        text: Item 2 of titled' ? [`        text: ${long}`]
          : line === '        text: Item 3 of titled' ? [`        title: ${'A title that runs on and on '.repeat(3).trim()}`, line]
            : [line],
    );
    const all = [...header, ...lines];
    const parsed = parseLoop(file(...all), '/rounds/sample.yaml');
    const [first, second, third, fourth] = parsed.loop?.rounds[0]?.checklist ?? [];
    assert.deepEqual([first?.title, first?.text], ['Explain two-tower negatives', long]);
    assert.equal(second?.title, 'Explain why a two-tower retrieval model needs in-batch…');
    assert.ok(second.title.length <= maxItemTitleLength);
    assert.equal(second.text, long, 'the whole text is kept for the tooltip');
    assert.equal(third?.title, 'A title that runs on and on A title that runs on and on A title that runs on and on');
    assert.equal(fourth?.title, 'Item 4 of titled');
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.severity, d.range.startLine]), [
      ['item-title', 'warning', all.indexOf(`        text: ${long}`, all.indexOf('      - id: titled-2'))],
      ['item-title', 'warning', all.findIndex((line) => line.startsWith('        title: A title that runs'))],
    ]);
    assert.match(parsed.diagnostics[0]?.message ?? '', /"titled-2" has no title.*at most 60 characters/);
    assert.match(parsed.diagnostics[1]?.message ?? '', /title of "titled-3" is 83 characters: keep it to 60/);
    assert.equal(parsed.loop?.rounds[0]?.checklist.length, 6, 'no item is left out for its title');
  });

  it('a short title is cut at a word, never mid-word, and keeps short texts whole', () => {
    assert.equal(shortTitle('Tick me'), 'Tick me');
    assert.equal(shortTitle('  Spread\n over   lines  '), 'Spread over lines');
    assert.equal(shortTitle('x'.repeat(80)), `${'x'.repeat(59)}…`);
    assert.equal(shortTitle('State the level you are aiming for and back it with evidence of scope (systems owned).'), 'State the level you are aiming for and back it with…');
    assert.ok(shortTitle('a, '.repeat(40)).length <= maxItemTitleLength);
  });

  it('reads the optional deliverables, rubric and probes', () => {
    const lines = [...header, ...round('case'), '    deliverables: [A diagram, A metric plan]', '    rubric:', '      - { name: Clarity, description: States the goal first. }', '    probes: [What if the model is down?]'];
    const parsed = parseLoop(file(...lines), '/rounds/sample.yaml');
    assert.deepEqual(parsed.diagnostics, []);
    const only = parsed.loop?.rounds[0];
    assert.deepEqual([only?.deliverables, only?.rubric, only?.probes], [['A diagram', 'A metric plan'], [{ name: 'Clarity', description: 'States the goal first.' }], ['What if the model is down?']]);
  });

  it('a file over 1 MiB is one error on its first line, refused before the YAML parser (which needs about a second a megabyte)', () => {
    const padding = Array.from({ length: 40_000 }, (_, index) => `# a comment line to make the file large ${index}`);
    const text = file(...header, ...round('first'), ...padding);
    assert.ok(text.length > 1024 * 1024);
    const parsed = parseLoop(text, '/rounds/sample.yaml');
    assert.equal(parsed.loop, undefined);
    assert.equal(parsed.diagnostics.length, 1);
    assert.match(parsed.diagnostics[0]?.message ?? '', /up to 1024 KB .* Split it/);
    assert.equal(parsed.diagnostics[0]?.range.startLine, 0);
    // Just under the limit, the same loop loads.
    assert.ok(parseLoop(file(...header, ...round('first'), ...padding.slice(0, 20_000)), '/rounds/sample.yaml').loop);
  });

  it('names a loop after its file', () => {
    assert.equal(loopIdOf('/x/rounds/tiktok-mle.yaml'), 'tiktok-mle');
    assert.equal(loopIdOf('file:///w/.loopprep/rounds/My%20Loop.yml'), 'My Loop');
  });
});
