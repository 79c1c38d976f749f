import assert from 'node:assert/strict';
import { parseDeck } from '../../../src/core/decks/deckFormat';
import { problemAttemptEventType } from '../../../src/core/problems/attempts';
import { foldProblems } from '../../../src/core/problems/fold';
import type { Round } from '../../../src/core/rounds/loopFormat';
import { checklistEventType, foldRoundProgress, interviewDateEventType, nearestUpcomingDate } from '../../../src/core/rounds/fold';
import { daysBetween, describeDaysLeft, explainReadiness, percent, readinessWeights, roundReadiness, type CardReadiness, type ReadinessInputs } from '../../../src/core/rounds/readiness';
import { knownRoundIds } from '../../../src/core/rounds/roundIds';
import { isStoryFile, storyCardIds, storyKinds, storyTemplate } from '../../../src/core/rounds/stories';

let nextId = 0;
const event = (type: string, data: unknown, time = nextId): { id: string; type: string; time: number; data: unknown } => ({ id: `e${++nextId}`, type, time, data });
const tick = (loop: string, item: string, checked = true): ReturnType<typeof event> => event(checklistEventType, { loop, item, checked });

function makeRound(items: { id: string; links?: Round['checklist'][number]['links'] }[]): Round {
  return {
    id: 'r',
    title: 'Round',
    kinds: ['coding'],
    tests: 't',
    format: 'f',
    minutes: 45,
    phases: [{ title: 'All', minutes: 45 }],
    checklist: items.map((item) => ({ id: item.id, title: `Item ${item.id}`, text: `Item ${item.id}`, links: item.links ?? [] })),
    deliverables: [],
    rubric: [],
    probes: [],
  };
}

function inputs(overrides: Partial<ReadinessInputs> = {}): ReadinessInputs {
  const decks: Record<string, string[]> = { w2v: ['w2v-a', 'w2v-b', 'w2v-c'] };
  // Note "card" is a reversed note: two cards.
  const notes: Record<string, string[]> = { 'w2v-a': ['w2v-a'], 'w2v-b': ['w2v-b'], 'w2v-c': ['w2v-c'], card: ['card', 'card:reverse'] };
  // w2v-a is known for the day; w2v-b was learnt but will have faded; card is in its
  // learning steps; its reverse side and w2v-c were never reviewed.
  const cards: Record<string, CardReadiness> = { 'w2v-a': { stage: 'review', recall: 0.93 }, 'w2v-b': { stage: 'review', recall: 0.6 }, card: { stage: 'learning', recall: 0.99 } };
  return {
    checked: new Set(),
    cardsOfDeck: (deck) => decks[deck],
    cardsOfNote: (note) => notes[note],
    card: (id) => cards[id] ?? { stage: 'new', recall: 0 },
    desiredRetention: 0.9,
    solved: () => false,
    isProblem: (slug) => slug !== 'no-such-problem',
    ...overrides,
  };
}

describe('round progress from the journal', () => {
  it('a tick, an untick and a tick again: the last event wins, per loop', () => {
    const progress = foldRoundProgress([tick('mle', 'a'), tick('mle', 'b'), tick('mle', 'a', false), tick('other', 'a'), tick('mle', 'b', false), tick('mle', 'b')]);
    assert.deepEqual([...(progress.checked.get('mle') ?? [])], ['b']);
    assert.deepEqual([...(progress.checked.get('other') ?? [])], ['a']);
  });

  it('interview dates: set, changed, cleared, per loop; malformed events are skipped and named', () => {
    const bad = event(interviewDateEventType, { loop: 'mle', date: 'next Tuesday' });
    const badTick = event(checklistEventType, { loop: 'mle', item: 'a', checked: 'yes' });
    const progress = foldRoundProgress([
      event(interviewDateEventType, { loop: 'mle', date: '2026-12-01' }),
      event(interviewDateEventType, { loop: 'case', date: '2026-12-10' }),
      event(interviewDateEventType, { loop: 'mle', date: '2026-12-04' }),
      event(interviewDateEventType, { loop: 'case', date: null }),
      bad,
      badTick,
      event('flashcards.review', { cardId: 'x' }),
    ]);
    assert.deepEqual([...progress.interviewDates], [['mle', '2026-12-04']]);
    assert.deepEqual(progress.skipped, [bad.id, badTick.id]);
    assert.equal(progress.checked.size, 0);
  });

  it('the scheduler caps at the nearest interview still ahead', () => {
    assert.equal(nearestUpcomingDate(['2026-12-10', '2026-11-30', '2026-11-01'], '2026-11-22'), '2026-11-30');
    assert.equal(nearestUpcomingDate(['2026-11-22'], '2026-11-22'), '2026-11-22', 'the interview day itself still counts');
    assert.equal(nearestUpcomingDate(['2026-11-01'], '2026-11-22'), undefined, 'a past interview caps nothing');
    assert.equal(nearestUpcomingDate([], '2026-11-22'), undefined);
  });

  it('a problem is solved once a run passed all its tests', () => {
    const { solved } = foldProblems([
      event(problemAttemptEventType, { problem: 'jump-game', language: 'python', passed: 3, total: 5 }),
      event(problemAttemptEventType, { problem: 'lru-cache', language: 'python', passed: 6, total: 6 }),
      event(problemAttemptEventType, { problem: 'empty', language: 'python', passed: 0, total: 0 }),
      event(problemAttemptEventType, 'garbage'),
    ]);
    assert.deepEqual([...solved], ['lru-cache']);
  });
});

describe('readiness of a round', () => {
  it('checklist only: the share of items ticked', () => {
    const round = makeRound([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }]);
    const readiness = roundReadiness(round, inputs({ checked: new Set(['a', 'c', 'elsewhere']) }));
    assert.deepEqual(readiness.checklist, { done: 2, total: 4 });
    assert.equal(readiness.recall, undefined);
    assert.equal(readiness.problems, undefined);
    assert.equal(readiness.score, 0.5);
  });

  it('all three parts, weighted 0.4 / 0.4 / 0.2; deck and note links count each of their cards once, an unknown note or problem not at all', () => {
    const round = makeRound([
      { id: 'a', links: [{ deck: 'w2v' }, { card: 'w2v-a' }] },
      { id: 'b', links: [{ card: 'card' }, { card: 'no-such-card' }, { problem: 'jump-game' }] },
      { id: 'c', links: [{ problem: 'lru-cache' }, { problem: 'jump-game' }, { problem: 'no-such-problem' }] },
      { id: 'd' },
    ]);
    const readiness = roundReadiness(round, inputs({ checked: new Set(['a']), solved: (slug) => slug === 'lru-cache' }));
    // Cards: w2v-a known, w2v-b fading, w2v-c new, card learning, card:reverse new → 1 of 5 known.
    assert.deepEqual(readiness.recall, { mean: 0.2, cards: 5, known: 1, fading: 1, learning: 1, fresh: 2 });
    assert.deepEqual(readiness.problems, { solved: 1, total: 2 });
    const expected = readinessWeights.checklist * 0.25 + readinessWeights.recall * 0.2 + readinessWeights.problems * 0.5;
    assert.ok(Math.abs(readiness.score - expected) < 1e-12, `${readiness.score} vs ${expected}`);
    assert.equal(percent(readiness.score), '28%');
  });

  it('a round without problems is judged on checklist and recall alone', () => {
    const round = makeRound([{ id: 'a', links: [{ card: 'w2v-a' }] }, { id: 'b' }]);
    const readiness = roundReadiness(round, inputs({ checked: new Set(['a', 'b']) }));
    assert.ok(Math.abs(readiness.score - (0.4 * 1 + 0.4 * 1) / 0.8) < 1e-12);
  });

  it('the explanation names every part with its numbers', () => {
    const round = makeRound([{ id: 'a', links: [{ deck: 'w2v' }] }, { id: 'b' }]);
    const text = explainReadiness(roundReadiness(round, inputs({ checked: new Set(['b']) })), 'the interview on 2027-01-05', 0.9).join('\n');
    assert.match(text, /Readiness 41%/);
    assert.match(text, /1 of 2 items ticked \(50%\)/);
    assert.match(text, /1 of the 3 linked cards known for the interview on 2027-01-05 \(33%\): out of learning, with predicted recall of at least 90% then; 1 would fade below 90% by then, 1 not reviewed yet/);
    assert.match(text, /links no practice problems/);
  });

  it('the explanation counts one item, card or problem in the singular', () => {
    const round = makeRound([{ id: 'a', links: [{ card: 'w2v-a' }, { problem: 'jump-game' }] }]);
    const text = explainReadiness(roundReadiness(round, inputs()), 'today', 0.9).join('\n');
    assert.match(text, /0 of 1 item ticked/);
    assert.match(text, /of the 1 linked card known for today/);
    assert.match(text, /of 1 linked problem solved/);
  });

  it('one look at every card does not make a round ready: with nothing ticked and each card seen once, readiness stays low', () => {
    const round = makeRound([{ id: 'a', links: [{ deck: 'w2v' }] }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }, { id: 'f' }, { id: 'g' }, { id: 'h' }]);
    // Every card seen once today: in its learning steps, however well it would be recalled now.
    const readiness = roundReadiness(round, inputs({ card: () => ({ stage: 'learning', recall: 0.95 }) }));
    assert.equal(readiness.recall?.known, 0);
    assert.equal(readiness.score, 0);
    // Graduated but due to fade before the day: still not known.
    assert.equal(roundReadiness(round, inputs({ card: () => ({ stage: 'review', recall: 0.7 }) })).score, 0);
  });

  it('percent rounds down, so a round is never shown 100% ready before it is', () => {
    assert.equal(percent(0.996), '99%');
    assert.equal(percent(1), '100%');
    assert.equal(percent(0.29), '29%');
  });

  it('days left to an interview', () => {
    assert.equal(daysBetween('2026-11-22', '2026-12-04'), 12);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2, 'across a DST change');
    assert.equal(describeDaysLeft(12), 'in 12 days');
    assert.equal(describeDaysLeft(1), 'tomorrow');
    assert.equal(describeDaysLeft(0), 'today');
    assert.equal(describeDaysLeft(-3), '3 days ago');
  });
});

describe('story files', () => {
  for (const kind of ['project', 'star'] as const) {
    it(`a new ${kind} story is a deck that loads cleanly, one rehearsal card per section`, () => {
      const text = storyTemplate(kind, 'Feed "ranking": retrain {#x}', 'feed-ranking-retrain');
      const parsed = parseDeck(text, { file: '/ws/stories/feed-ranking-retrain.md', knownRounds: knownRoundIds });
      assert.deepEqual(parsed.diagnostics, []);
      assert.deepEqual(parsed.cards.map((card) => card.id), storyCardIds(kind, 'feed-ranking-retrain'));
      assert.equal(parsed.cards.length, storyKinds[kind].sections.length);
      assert.deepEqual(parsed.deck?.rounds, storyKinds[kind].rounds);
      assert.match(parsed.deck.title, /^Story: Feed {2}ranking : retrain/);
      for (const card of parsed.cards) {
        assert.ok(card.front.length > 20, `${card.id} asks something`);
        assert.match(card.back, /^- /m, `${card.id} starts with notes to replace`);
      }
      assert.ok(isStoryFile(text));
    });
  }

  it('the project story has the sections interviewers probe', () => {
    assert.deepEqual(
      storyKinds.project.sections.map((section) => section.key),
      ['problem', 'data', 'features', 'baselines', 'model', 'metrics', 'deployment', 'what-broke', 'changes'],
    );
    assert.deepEqual(storyKinds.star.sections.map((section) => section.key).slice(0, 4), ['situation', 'task', 'action', 'result']);
  });

  it('only files marked kind: story in their front matter are stories', () => {
    assert.ok(isStoryFile('---\ntitle: x\nkind: story\n---\nbody'));
    assert.ok(!isStoryFile('# Notes\nkind: story\n'), 'outside front matter');
    assert.ok(!isStoryFile('---\ntitle: x\n---\nkind: story\n'), 'after the front matter');
    assert.ok(!isStoryFile('---\nkind: stories\n---\n'));
  });
});
