import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseDeck } from '../../../src/core/decks/deckFormat';
import { parse } from 'yaml';
import { maxItemTitleLength, parseLoop, type Loop } from '../../../src/core/rounds/loopFormat';
import { repositoryRoot } from '../repository';

// The built-in loop templates as content: they load cleanly, hold the rounds the seeds
// describe, every round has at least six checklist items, every link points at a deck,
// card or problem that exists, every practice problem is linked from a checklist item and
// every deck from the MLE loop. `node test/content/checkRounds.mjs` prints the same checks.

const root = repositoryRoot();
const deckFolder = path.join(root, 'flashcards');
const decks = fs
  .readdirSync(deckFolder)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => parseDeck(fs.readFileSync(path.join(deckFolder, name), 'utf8'), { file: path.join(deckFolder, name) }));

/** Problem links are checked against the catalog: the folders of problems/. */
const problemFolders = fs.readdirSync(path.join(root, 'problems'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

const targets = {
  decks: new Set(decks.flatMap((deck) => (deck.deck ? [deck.deck.id] : []))),
  cards: new Set(decks.flatMap((deck) => deck.cards.map((card) => card.noteId))),
  problems: new Set(problemFolders),
};
const loopFolder = path.join(root, 'rounds');
const parsed = fs
  .readdirSync(loopFolder)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => parseLoop(fs.readFileSync(path.join(loopFolder, name), 'utf8'), path.join(loopFolder, name), targets));
const loops = new Map(parsed.flatMap((entry) => (entry.loop ? [[entry.loop.id, entry.loop] as const] : [])));

function loop(id: string): Loop {
  const found = loops.get(id);
  assert.ok(found, `rounds/${id}.yaml loads`);
  return found;
}

describe('the built-in loop templates (content)', () => {
  it('every loop loads with zero diagnostics (links included)', () => {
    for (const entry of parsed) {
      assert.deepEqual(entry.diagnostics.map((d) => `${path.basename(entry.file)}:${d.range.startLine + 1} ${d.code}: ${d.message}`), []);
    }
    assert.ok(parsed.length >= 3, `${parsed.length} loops`);
  });

  it(`gives every checklist item a title of its own of at most ${maxItemTitleLength} characters, so a Rounds row shows all of it`, () => {
    let count = 0;
    for (const name of fs.readdirSync(loopFolder).filter((file) => /\.ya?ml$/.test(file))) {
      // From the file itself: the parser would make a missing title up from the text.
      const data = parse(fs.readFileSync(path.join(loopFolder, name), 'utf8')) as { rounds: { id: string; checklist: { id: string; title?: unknown; text: string }[] }[] };
      for (const round of data.rounds) {
        const titles = new Set<string>();
        for (const item of round.checklist) {
          count += 1;
          const where = `${name} ${round.id}/${item.id}`;
          assert.equal(typeof item.title, 'string', `${where} has no title`);
          const title = String(item.title).trim();
          assert.ok(title.length > 0 && title.length <= maxItemTitleLength, `${where}: "${title}" is ${title.length} characters`);
          assert.ok(!titles.has(title), `${where}: the title "${title}" is already used in the round`);
          titles.add(title);
          assert.ok(title.length < item.text.length || title === item.text.trim(), `${where}: the title is longer than its text`);
        }
      }
    }
    assert.ok(count >= 150, `${count} items`);
  });

  it('has the MLE loop of seed 000 with its eight stages in order', () => {
    const rounds = loop('tiktok-mle').rounds;
    assert.equal(rounds.length, 8, rounds.map((r) => r.title).join(' | '));
    const titles = rounds.map((r) => r.title.toLowerCase());
    for (const [index, word] of ['recruiter', 'assessment|coding', 'deep dive|project', 'fundamentals', 'hiring manager', 'design', 'behavioral|cross-functional', 'offer'].entries()) {
      assert.match(titles[index] ?? '', new RegExp(word), `round ${index + 1}`);
    }
  });

  it('has the ML Scientist new-grad loop of seed 002: the three technical rounds sat, then the planned hiring manager and HR', () => {
    const mls = loop('tiktok-mls-new-grad');
    const rounds = mls.rounds;
    assert.equal(rounds.length, 5, rounds.map((r) => r.title).join(' | '));
    // The seed planned four rounds (two peer, hiring manager, HR); the candidate sat three technical ones.
    assert.match(`${mls.description} ${mls.source}`, /four rounds[^.]*two peer[^.]*hiring manager[^.]*HR/i);
    assert.match(`${mls.description} ${mls.source}`, /three technical rounds/i);
    assert.deepEqual(rounds.slice(3).map((r) => r.kinds[0]), ['hiring-manager', 'behavioral']);
    const text = rounds.map((r) => `${r.title} ${r.tests} ${r.checklist.map((item) => item.text).join(' ')}`.toLowerCase());
    assert.match(text[0] ?? '', /recommend/);
    assert.match(text[1] ?? '', /heap/);
    assert.match(text[2] ?? '', /word2vec/);
    assert.match(text[2] ?? '', /comment/);
  });

  it('has the case interview of seed 001: 60 minutes in the four phases, with deliverables, rubric and probes', () => {
    const round = loop('tiktok-ai-case').rounds.find((r) => r.minutes === 60 && r.phases.length === 4);
    assert.ok(round, 'a 60-minute round in four phases');
    assert.deepEqual(round.phases.map((phase) => phase.minutes), [5, 30, 15, 10]);
    assert.ok(round.deliverables.length >= 3 && round.rubric.length >= 5 && round.probes.length >= 3, 'deliverables, rubric and probes');
  });

  it('gives every round what it tests, its format, phases that fill it, and at least 6 checklist items, mostly linked', () => {
    for (const each of loops.values()) {
      for (const round of each.rounds) {
        assert.ok(round.checklist.length >= 6, `${each.id}/${round.id}`);
        assert.equal(round.phases.reduce((sum, phase) => sum + phase.minutes, 0), round.minutes, `${each.id}/${round.id} phases`);
      }
      const items = each.rounds.flatMap((round) => round.checklist);
      const linked = items.filter((item) => item.links.length > 0).length;
      assert.ok(linked / items.length >= 0.5, `${each.id}: ${linked} of ${items.length} items link to a deck, card or problem`);
    }
  });

  it('links every practice problem from at least one checklist item', () => {
    const linked = new Set([...loops.values()].flatMap((each) => each.rounds.flatMap((round) => round.checklist.flatMap((item) => item.links.flatMap((link) => ('problem' in link ? [link.problem] : []))))));
    assert.deepEqual(problemFolders.filter((slug) => !linked.has(slug)).sort(), []);
  });

  it('links every deck from the MLE loop, by a deck link or a card link', () => {
    const deckOfNote = new Map(decks.flatMap((deck) => deck.cards.map((card) => [card.noteId, card.deckId] as const)));
    const linked = new Set(
      loop('tiktok-mle').rounds.flatMap((round) => round.checklist.flatMap((item) => item.links.flatMap((link) => ('deck' in link ? [link.deck] : 'card' in link ? [deckOfNote.get(link.card) ?? ''] : [])))),
    );
    assert.deepEqual([...targets.decks].filter((id) => !linked.has(id)).sort(), []);
  });
});
