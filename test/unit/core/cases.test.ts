import assert from 'node:assert/strict';
import { outlinePoints, parseCase } from '../../../src/core/cases/caseFormat';
import { foldMocks, probeHistory } from '../../../src/core/cases/fold';
import { mockAnswerEventType, mockAskEventType, mockCoverageEventType, mockProbeEventType } from '../../../src/core/cases/mockEvents';
import { probeGapMs, scheduleProbes, type ProbePhase } from '../../../src/core/cases/probeSchedule';
import { parseQuestions, type BankQuestion } from '../../../src/core/cases/questionFormat';
import { designDoc, mockFolderName, pickQuestions, questionRoundOf, referenceDoc } from '../../../src/core/cases/mockPlan';
import { mockKindsOfRound, rubrics } from '../../../src/core/cases/rubrics';
import { parseLoop } from '../../../src/core/rounds/loopFormat';
import { foldTimerHistory, weakDimensions } from '../../../src/core/timer/history';
import { advance, startTimer, type TimerPlan } from '../../../src/core/timer/timer';
import { reviewData } from '../../../src/core/timer/reviewData';
import { timerReviewEventType, timerStartEventType } from '../../../src/core/timer/timerEvents';

const minute = 60_000;

/** A case file from its lines, so a line's index in the array is its 0-based line number. */
function file(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

const probe = (id: string): string[] => [
  `  - id: ${id}`,
  `    question: What about ${id}?`,
  '    points: [First point., Second point.]',
  '    links: [{ card: rec-funnel }]',
];

/** A valid case; `replace` swaps a top-level block (by its key) for other lines. */
function caseLines(replace: Record<string, string[]> = {}): string[] {
  const blocks: Record<string, string[]> = {
    head: ['id: sample-case', 'title: Sample case', 'source: Written for the tests.', 'minutes: 60', 'prompt: Design a feed.'],
    facts: [
      'facts:',
      '  - { topic: scale, question: How many users?, answer: 100 M a day. }',
      '  - { topic: latency, question: How fast?, answer: 200 ms at p95. }',
      '  - { topic: data, question: What logs exist?, answer: Impressions and watch time. }',
      '  - { topic: product, question: Which surface?, answer: The home feed. }',
    ],
    phases: [
      'phases:',
      '  - { title: Clarify, minutes: 5, cover: [Goals., Metrics.] }',
      '  - { title: Design, minutes: 30, cover: [Funnel., Models.] }',
      '  - { title: Deep dive, minutes: 15, probes: true, cover: [Ranking., Features.] }',
      '  - { title: Edge cases, minutes: 10, probes: true, cover: [Spam., Outages.] }',
    ],
    probes: ['probes:', ...['a', 'b', 'c', 'd', 'e', 'f'].flatMap(probe)],
    pitfalls: ['pitfalls: [One., Two., Three.]'],
    estimates: [
      'estimates:',
      '  - { kind: qps, title: QPS, working: 100 M × 20 ÷ 86400 ≈ 23 k/s. }',
      '  - { kind: embedding-memory, title: Embeddings, working: 1 B × 64 × 4 B = 256 GB. }',
      '  - { kind: index-memory, title: Index, working: 256 GB ÷ 8 with PQ = 32 GB. }',
      '  - { kind: feature-store, title: Features, working: 100 M × 2 KB = 200 GB. }',
    ],
    deliverables: ['deliverables: [Metrics., Diagram., Experiment.]'],
    outline: ['outline:', ...['One', 'Two', 'Three', 'Four'].flatMap((name) => [`  - section: ${name}`, '    points: [A point., Another point.]'])],
  };
  return Object.entries({ ...blocks, ...replace }).flatMap(([, lines]) => lines);
}

describe('design cases (rounds/cases/*.yaml)', () => {
  it('reads a case: prompt, facts, phases with their cover lists and probe flags, probes, estimates and outline', () => {
    const parsed = parseCase(file(...caseLines()), '/cases/sample-case.yaml', { cards: new Set(['rec-funnel']) });
    assert.deepEqual(parsed.diagnostics, []);
    const designCase = parsed.designCase;
    assert.ok(designCase);
    assert.equal(designCase.prompt, 'Design a feed.');
    assert.deepEqual(designCase.phases.map((phase) => [phase.title, phase.minutes, phase.probes]), [['Clarify', 5, false], ['Design', 30, false], ['Deep dive', 15, true], ['Edge cases', 10, true]]);
    assert.deepEqual(designCase.probes[0], { id: 'a', question: 'What about a?', points: ['First point.', 'Second point.'], links: [{ card: 'rec-funnel' }] });
    assert.deepEqual(outlinePoints(designCase).slice(0, 3).map((point) => point.key), ['1.1', '1.2', '2.1']);
  });

  it('reports each broken part at its line and leaves the case out', () => {
    const lines = caseLines({
      phases: [
        'phases:',
        '  - { title: Clarify, minutes: 5, probes: true, cover: [Goals., Metrics.] }',
        '  - { title: Design, minutes: 30, cover: [Funnel., Models.] }',
      ],
      estimates: ['estimates:', '  - { kind: qps, title: QPS, working: 23 k/s. }'],
    });
    const parsed = parseCase(file(...lines), '/cases/sample-case.yaml');
    assert.equal(parsed.designCase, undefined);
    const messages = parsed.diagnostics.map((diagnostic) => `${diagnostic.range.startLine}: ${diagnostic.message}`);
    const phasesLine = lines.indexOf('phases:');
    assert.ok(messages.includes(`${phasesLine + 1}: Probes cannot come in the first phase: the candidate is still clarifying`), messages.join('\n'));
    assert.ok(messages.some((message) => message.includes('add up to 35 minutes, not the case\'s 60')), messages.join('\n'));
    for (const kind of ['embedding-memory', 'index-memory', 'feature-store']) assert.ok(messages.some((message) => message.includes(`"${kind}"`)), `missing ${kind}: ${messages.join('\n')}`);
  });

  it('refuses a case with too few probes, a missing fact topic or a duplicate probe id, at their lines', () => {
    const fewer = parseCase(file(...caseLines({ probes: ['probes:', ...['a', 'b'].flatMap(probe)] })), '/cases/sample-case.yaml');
    assert.ok(fewer.diagnostics.some((diagnostic) => diagnostic.message === 'a case needs at least 5 probes'));
    const noLatency = caseLines({ facts: ['facts:', ...Array.from({ length: 4 }, () => '  - { topic: scale, question: Users?, answer: Many. }')] });
    assert.ok(parseCase(file(...noLatency), '/cases/sample-case.yaml').diagnostics.some((diagnostic) => diagnostic.message.includes('"latency"')));
    const twice = caseLines({ probes: ['probes:', ...['a', 'b', 'c', 'd', 'a'].flatMap(probe)] });
    const duplicate = parseCase(file(...twice), '/cases/sample-case.yaml').diagnostics.find((diagnostic) => diagnostic.code === 'duplicate-id');
    assert.equal(duplicate?.range.startLine, twice.lastIndexOf('  - id: a'));
  });

  it('loads a case whose link does not resolve, with a warning at the link', () => {
    const lines = caseLines();
    const parsed = parseCase(file(...lines), '/cases/sample-case.yaml', { cards: new Set(['other']) });
    assert.ok(parsed.designCase);
    const warning = parsed.diagnostics.find((diagnostic) => diagnostic.code === 'unknown-link');
    assert.equal(warning?.severity, 'warning');
    assert.equal(warning.range.startLine, lines.indexOf('    links: [{ card: rec-funnel }]'));
  });

  it('never throws: invalid YAML, a list, an empty file and deep nests are diagnostics', () => {
    // "- " 5,000 times overflowed the YAML parser's stack (a RangeError out of parseLoop, found by fuzzing).
    for (const source of ['id: [unclosed', '- a\n- b\n', '', `${'['.repeat(5000)}${']'.repeat(5000)}`, `${'- '.repeat(5000)}x\n`, `id: x\nrounds:\n${Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- a:`).join('\n')}\n`]) {
      const parsed = parseCase(source, '/cases/x.yaml');
      assert.equal(parsed.designCase, undefined);
      assert.ok(parsed.diagnostics.length > 0);
      assert.ok(parseLoop(source, '/rounds/x.yaml').diagnostics.length > 0, 'the loop parser too');
    }
    const deep = parseLoop(`id: x\nrounds:\n  ${'- '.repeat(20_000)}x\n`, '/rounds/x.yaml');
    assert.match(deep.diagnostics[0]?.message ?? '', /Nested more than 64 levels deep/);
    assert.equal(deep.diagnostics[0]?.range.startLine, 2, 'at the line that nests');
  });
});

describe('question bank (rounds/questions/*.yaml)', () => {
  const question = (id: string, extra: string[] = []): string[] => [
    `  - id: ${id}`,
    '    category: conflict',
    '    asked-in: [behavioral]',
    '    minutes: 5',
    '    question: Tell me about a disagreement.',
    '    listen-for: [A specific case.]',
    ...extra,
  ];

  it('leaves a bad question out at its line and loads the rest; ids are unique across files', () => {
    const lines = ['questions:', ...question('one'), ...question('two', ['    links: [{ card: nowhere }]']), '  - id: three', '    category: gossip', ...question('one')];
    const seen = new Set<string>();
    const parsed = parseQuestions(file(...lines), '/questions/a.yaml', { cards: new Set(['story-star']) }, seen);
    assert.deepEqual(parsed.questions.map((entry) => entry.id), ['one', 'two']);
    const byCode = (code: string): number[] => parsed.diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.range.startLine);
    assert.ok(byCode('question-invalid').includes(lines.indexOf('    category: gossip')));
    assert.deepEqual(byCode('duplicate-id'), [lines.lastIndexOf('  - id: one')]);
    assert.equal(byCode('unknown-link').length, 1);
    const second = parseQuestions(file('questions:', ...question('two')), '/questions/b.yaml', {}, seen);
    assert.deepEqual(second.questions, []);
  });
});

describe('probe timing', () => {
  const phases: ProbePhase[] = [{ minutes: 5, probes: false }, { minutes: 30, probes: false }, { minutes: 15, probes: true }, { minutes: 10, probes: true }];
  const probeIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const windows = [[35 * minute, 50 * minute], [50 * minute, 60 * minute]] as const;

  it('is the same for the same seed and differs between seeds', () => {
    assert.deepEqual(scheduleProbes(phases, probeIds, 'seed-1'), scheduleProbes(phases, probeIds, 'seed-1'));
    assert.notDeepEqual(scheduleProbes(phases, probeIds, 'seed-1'), scheduleProbes(phases, probeIds, 'seed-2'));
  });

  it('over 500 seeds: never in the first phase or a phase without probes, never two within 2 minutes, none in a phase\'s first or last minute, in time order', () => {
    for (let seed = 0; seed < 500; seed++) {
      const schedule = scheduleProbes(phases, probeIds, `s${seed}`);
      assert.equal(schedule.length, 5, 'about one per five minutes of the 25 probe minutes');
      assert.equal(new Set(schedule.map((entry) => entry.probe)).size, schedule.length, 'no probe twice');
      schedule.forEach((entry, index) => {
        assert.ok(windows.some(([start, end]) => entry.atMs >= start + minute && entry.atMs <= end - minute), `probe at ${entry.atMs / minute} min is outside the probe phases' inner windows`);
        assert.equal(entry.atMs % 1000, 0, 'whole seconds');
        const before = schedule[index - 1];
        if (before) assert.ok(entry.atMs - before.atMs >= probeGapMs, `two probes ${(entry.atMs - before.atMs) / 1000} s apart (seed ${seed})`);
      });
    }
  });

  it('the moments spread over the windows: not always the same minute', () => {
    const firsts = new Set(Array.from({ length: 50 }, (_, seed) => Math.floor((scheduleProbes(phases, probeIds, `x${seed}`)[0]?.atMs ?? 0) / minute)));
    assert.ok(firsts.size >= 5, `first probes fell in only ${firsts.size} distinct minutes`);
  });

  it('puts probes the candidate has not met first, then the ones they missed', () => {
    const history = new Map<string, 'answered' | 'missed'>([['a', 'answered'], ['b', 'answered'], ['c', 'missed'], ['d', 'answered'], ['e', 'answered']]);
    for (let seed = 0; seed < 50; seed++) {
      const chosen = scheduleProbes(phases, probeIds, `h${seed}`, history).map((entry) => entry.probe).sort();
      assert.ok(chosen.includes('f') && chosen.includes('g') && chosen.includes('c'), chosen.join());
    }
  });

  it('gives fewer probes when few fit two minutes apart, and none without a probe phase', () => {
    const short: ProbePhase[] = [{ minutes: 5, probes: false }, { minutes: 5, probes: true }];
    const schedule = scheduleProbes(short, probeIds, 'short');
    assert.ok(schedule.length >= 1 && schedule.length <= 2, String(schedule.length));
    assert.deepEqual(scheduleProbes([{ minutes: 30, probes: false }, { minutes: 30, probes: false }], probeIds, 'none'), []);
  });

  it('the timer announces each probe once, when the round\'s run time reaches it', () => {
    const plan: TimerPlan = { kind: 'mock-round', title: 'Design', phases: phases.map((phase, index) => ({ title: `P${index}`, minutes: phase.minutes })), mock: { kind: 'design', case: 'sample-case', probes: [{ probe: 'a', atMs: 40 * minute }, { probe: 'b', atMs: 44 * minute }] } };
    const t0 = 1_000_000;
    let state = startTimer(plan, 's', t0);
    const probesAt = (time: number): string[] => {
      const result = advance(state, time);
      state = result.state;
      return result.alerts.flatMap((alert) => (alert.kind === 'probe' ? [alert.probe] : []));
    };
    assert.deepEqual(probesAt(t0 + 40 * minute - 1000), []);
    assert.deepEqual(probesAt(t0 + 40 * minute), ['a']);
    assert.deepEqual(probesAt(t0 + 41 * minute), [], 'once');
    assert.deepEqual(probesAt(t0 + 50 * minute), ['b'], 'a late wake-up still brings it');
  });
});

describe('rubrics per round kind', () => {
  it('a round\'s kinds choose its mock and its rubric', () => {
    assert.deepEqual(mockKindsOfRound(['system-design']), ['design']);
    assert.deepEqual(mockKindsOfRound(['online-assessment', 'coding']), ['coding']);
    assert.deepEqual(mockKindsOfRound(['hiring-manager']), ['behavioral']);
    assert.deepEqual(mockKindsOfRound(['ml-fundamentals', 'project-deep-dive', 'system-design']), ['design', 'behavioral', 'fundamentals']);
    const ids = (kind: keyof typeof rubrics): string[] => rubrics[kind].dimensions.map((dimension) => dimension.id);
    assert.deepEqual(ids('coding'), ['problem-solving', 'code-quality', 'testing', 'complexity', 'communication']);
    assert.deepEqual(ids('behavioral'), ['star', 'ownership', 'impact', 'reflection']);
    assert.deepEqual(ids('fundamentals'), ['accuracy', 'depth', 'clarity']);
    assert.deepEqual(ids('design'), ['clarity', 'depth', 'metrics', 'safety', 'communication', 'ownership']);
  });

  it('a review is checked against its own rubric; one without a rubric is a design review', () => {
    assert.equal(reviewData({ session: 's', title: 'HR', rubric: 'behavioral', ratings: { star: 3 } })?.rubric, 'behavioral');
    assert.equal(reviewData({ session: 's', title: 'HR', rubric: 'behavioral', ratings: { safety: 3 } }), undefined, 'safety is not a behavioral dimension');
    assert.equal(reviewData({ session: 's', title: 'Design', ratings: { safety: 3 } })?.rubric, 'design');
    assert.deepEqual(reviewData({ session: 's', title: 'Code', rubric: 'coding', ratings: { testing: 2 }, notes: { testing: 'Trace an example first.' } })?.notes, { testing: 'Trace an example first.' });
  });

  it('a dimension rated Weak or below twice in a row is weak, with its links; a Solid between breaks the run', () => {
    let id = 0;
    const review = (time: number, rubric: string, ratings: Record<string, number>, notes?: Record<string, string>): { id: string; type: string; time: number; data: unknown } =>
      ({ id: `r${++id}`, type: timerReviewEventType, time, data: { session: `s${id}`, title: 'Mock', rubric, ratings, ...(notes ? { notes } : {}) } });
    const history = foldTimerHistory([
      review(1, 'coding', { testing: 2, complexity: 1 }),
      review(2, 'design', { testing: 3 }),
      review(3, 'coding', { testing: 1, complexity: 3 }, { testing: 'Forgot the empty input.' }),
      review(4, 'behavioral', { star: 2 }),
    ]);
    const weak = weakDimensions(history);
    assert.deepEqual(weak.map((entry) => `${entry.rubric}.${entry.dimension}`), ['coding.testing']);
    assert.deepEqual(weak[0]?.links, rubrics.coding.dimensions.find((dimension) => dimension.id === 'testing')?.links);
    assert.deepEqual(history.trend.find((row) => row.rubric === 'coding' && row.dimension === 'testing')?.lastNote, { time: 3, text: 'Forgot the empty input.' });
  });
});

describe('mock events in the journal', () => {
  let id = 0;
  const event = (type: string, time: number, data: unknown): { id: string; type: string; time: number; data: unknown } => ({ id: `m${++id}`, type, time, data });

  it('folds what was asked, which probes came and how they were marked, and each case\'s coverage', () => {
    const folded = foldMocks([
      event(timerStartEventType, 0, { session: 's1', kind: 'mock-round', title: 'Design', phases: [], mock: { kind: 'design', case: 'feed', probes: [{ probe: 'a', atMs: 60_000 }] } }),
      event(mockAskEventType, 1, { session: 's1', case: 'feed', fact: 2, question: 'How many users?' }),
      event(mockAskEventType, 2, { session: 's1', case: 'feed', fact: 2, question: 'How many users?' }),
      event(mockProbeEventType, 3, { session: 's1', case: 'feed', probe: 'a', atMs: 60_000 }),
      event(mockProbeEventType, 4, { session: 's1', case: 'feed', probe: 'b', atMs: 200_000 }),
      event(mockAnswerEventType, 5, { session: 's1', probe: 'a', answered: true }),
      event(mockAnswerEventType, 6, { session: 's1', probe: 'a', answered: false }),
      event(mockAnswerEventType, 7, { session: 's1', probe: 'a', answered: true }),
      event(mockCoverageEventType, 8, { session: 's1', case: 'feed', covered: ['1.1', '2.2'], total: 10 }),
      event(mockCoverageEventType, 9, { session: 's1', case: 'feed', covered: 'all', total: 10 }),
    ]);
    const record = folded.sessions.get('s1');
    assert.deepEqual(record?.asked, [2]);
    assert.deepEqual(record.probes.map((entry) => [entry.probe, entry.answered]), [['a', true], ['b', undefined]]);
    assert.deepEqual(folded.coverage.get('feed'), [{ session: 's1', time: 8, covered: 2, total: 10 }]);
    assert.equal(folded.skipped.length, 1, 'the malformed coverage is skipped and reported');
    assert.deepEqual([...probeHistory(folded, 'feed')], [['a', 'answered'], ['b', 'missed']]);
  });
});

describe('a mock round before it starts', () => {
  const bankQuestion = (id: string, category: BankQuestion['category'], minutes: number, askedIn: BankQuestion['askedIn'] = ['behavioral']): BankQuestion =>
    ({ id, category, askedIn, minutes, question: `Question ${id}?`, followUps: [], listenFor: ['A signal.'], links: [] });

  it('draws questions that fill the round less five minutes for the candidate\'s own, across categories, fresh ones first', () => {
    const bank = [
      bankQuestion('c1', 'conflict', 5), bankQuestion('c2', 'conflict', 5), bankQuestion('c3', 'conflict', 5),
      bankQuestion('o1', 'ownership', 5), bankQuestion('o2', 'ownership', 5),
      bankQuestion('a1', 'ambiguity', 10),
      bankQuestion('r1', 'motivation', 3, ['recruiter']),
    ];
    const picked = pickQuestions(bank, 'behavioral', 30, new Set(['c1', 'c2']), 'seed');
    assert.equal(picked.questions.reduce((sum, question) => sum + question.minutes, 0) <= 25, true);
    assert.deepEqual(new Set(picked.questions.map((question) => question.category)), new Set(['conflict', 'ownership', 'ambiguity']), 'several categories');
    assert.ok(!picked.questions.some((question) => question.id === 'r1'), 'a recruiter question is not asked in a behavioral round');
    assert.ok(picked.questions.some((question) => question.id === 'c3'), 'the conflict question not asked before comes first');
    assert.equal(picked.phases.reduce((sum, phase) => sum + phase.minutes, 0), 30, 'the phases fill the round');
    assert.equal(picked.phases.at(-1)?.title, 'Your questions for them');
    assert.deepEqual(picked.phases.slice(0, -1).map((phase) => phase.minutes), picked.questions.map((question) => question.minutes), 'a phase per question, with its clock');
  });

  it('a round named for the recruiter draws the recruiter\'s questions; a hiring-manager round the hiring manager\'s', () => {
    assert.equal(questionRoundOf({ id: 'recruiter-screen', title: 'Recruiter / HR screen', kinds: ['behavioral'] }), 'recruiter');
    assert.equal(questionRoundOf({ id: 'hm', title: 'Hiring manager', kinds: ['hiring-manager'] }), 'hiring-manager');
    assert.equal(questionRoundOf({ id: 'bq', title: 'Behavioral fit', kinds: ['behavioral'] }), 'behavioral');
  });

  it('the design doc has the prompt, a section per phase and per deliverable, and a Mermaid block; its folder is the case and the local date', () => {
    const designCase = parseCase(file(...caseLines()), '/cases/sample-case.yaml').designCase;
    assert.ok(designCase);
    const doc = designDoc(designCase, new Date(2026, 11, 6, 23, 30));
    assert.match(doc, /^# Sample case\n/);
    assert.match(doc, /^> Design a feed\.$/m);
    assert.deepEqual(doc.match(/^### \d\. .*$/gm), ['### 1. Clarify (5 min)', '### 2. Design (30 min)', '### 3. Deep dive (15 min)', '### 4. Edge cases (10 min)']);
    for (const deliverable of ['Metrics.', 'Diagram.', 'Experiment.']) assert.match(doc, new RegExp(`^### ${deliverable.replace('.', '\\.')}$`, 'm'));
    assert.match(doc, /```mermaid\nflowchart LR\n/);
    assert.equal(mockFolderName('sample-case', new Date(2026, 0, 5, 1)), 'sample-case-2026-01-05');
    const reference = referenceDoc(designCase);
    assert.match(reference, /\*\*1\.1\*\* A point\./);
    assert.match(reference, /How many users\? \*100 M a day\.|\*How many users\?\* 100 M a day\./);
  });
});
