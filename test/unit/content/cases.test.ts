import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseCase, requiredEstimateKinds, requiredFactTopics, type DesignCase } from '../../../src/core/cases/caseFormat';
import { questionCategories, parseQuestions, type BankQuestion } from '../../../src/core/cases/questionFormat';
import { rubrics, mockKinds } from '../../../src/core/cases/rubrics';
import { builtInLinkTargets, repositoryRoot } from '../repository';

// The mock interviewer's built-in content: the design cases (rounds/cases) and the question
// bank (rounds/questions) load with no diagnostic, every case has every part and every link
// resolves, the cases the issue names are there, and each rubric dimension's links resolve.
// `node test/content/checkCases.mjs` prints the same checks with counts.

const root = repositoryRoot();
const targets = builtInLinkTargets(root);
const yamlIn = (folder: string): string[] => fs.readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => path.join(folder, name));

describe('built-in design cases (rounds/cases)', () => {
  const parsed = yamlIn(path.join(root, 'rounds', 'cases')).map((file) => parseCase(fs.readFileSync(file, 'utf8'), file, targets));
  const cases = parsed.flatMap((entry) => (entry.designCase ? [entry.designCase] : []));

  it('every case loads with no diagnostic, not even an unresolved link', () => {
    const problems = parsed.flatMap((entry) => entry.diagnostics.map((diagnostic) => `${path.basename(entry.file)}:${diagnostic.range.startLine + 1}: ${diagnostic.message}`));
    assert.deepEqual(problems, []);
    assert.equal(cases.length, parsed.length);
  });

  it('holds at least the ten cases the loop calls for', () => {
    const ids = new Set(cases.map((designCase) => designCase.id));
    for (const id of ['short-video-feed-safety', 'comment-ranking', 'feed-ranking', 'ads-click-conversion-prediction', 'ads-serving-pipeline', 'search-ranking', 'push-notification-targeting', 'content-moderation-pipeline', 'cold-start-creators', 'live-stream-recommendation', 'people-you-may-know']) {
      assert.ok(ids.has(id), `missing case ${id}`);
    }
  });

  it('every case has every part: facts on scale, latency and data; cover lines per phase; probes with points and links; pitfalls; the four estimates; an outline', () => {
    const check = (designCase: DesignCase): string[] => {
      const missing: string[] = [];
      for (const topic of requiredFactTopics) if (!designCase.facts.some((fact) => fact.topic === topic)) missing.push(`fact ${topic}`);
      for (const kind of requiredEstimateKinds) if (!designCase.estimates.some((estimate) => estimate.kind === kind)) missing.push(`estimate ${kind}`);
      if (designCase.probes.length < 5) missing.push('5 probes');
      if (designCase.probes.some((probe) => probe.points.length < 2 || probe.links.length < 1)) missing.push('probe points and links');
      if (designCase.phases.some((phase) => phase.cover.length < 2)) missing.push('cover lines');
      if (designCase.phases[0]?.probes !== false || !designCase.phases.some((phase) => phase.probes)) missing.push('probe phases');
      if (designCase.pitfalls.length < 3 || designCase.deliverables.length < 3 || designCase.outline.length < 4) missing.push('pitfalls, deliverables or outline');
      if (/\d{2,}/.test(designCase.prompt)) missing.push('the prompt gives away numbers the candidate should ask for');
      return missing.map((part) => `${designCase.id}: ${part}`);
    };
    assert.deepEqual(cases.flatMap(check), []);
  });

  it('keeps every line short enough for the sidebar', () => {
    const long = cases.flatMap((designCase) => [
      ...designCase.phases.flatMap((phase) => phase.cover),
      ...designCase.probes.flatMap((probe) => probe.points),
      ...designCase.pitfalls,
      ...designCase.outline.flatMap((section) => section.points),
    ].filter((line) => line.length > 160).map((line) => `${designCase.id}: ${line}`));
    assert.deepEqual(long, []);
  });
});

describe('built-in question bank (rounds/questions)', () => {
  const seen = new Set<string>();
  const parsed = yamlIn(path.join(root, 'rounds', 'questions')).map((file) => parseQuestions(fs.readFileSync(file, 'utf8'), file, targets, seen));
  const questions: BankQuestion[] = parsed.flatMap((entry) => entry.questions);

  it('loads with no diagnostic; at least 40 questions, 5 in each category of seed 000, and two rounds\' worth for each kind of round', () => {
    assert.deepEqual(parsed.flatMap((entry) => entry.diagnostics.map((diagnostic) => `${diagnostic.range.startLine + 1}: ${diagnostic.message}`)), []);
    assert.ok(questions.length >= 40, String(questions.length));
    for (const category of questionCategories) assert.ok(questions.filter((question) => question.category === category).length >= 5, category);
    // Two rounds' worth at least (recruiter screens run 25 minutes, the others 60), so a second mock is not a repeat.
    for (const [round, least] of [['recruiter', 50], ['hiring-manager', 120], ['behavioral', 120]] as const) {
      const minutes = questions.filter((question) => question.askedIn.includes(round)).reduce((sum, question) => sum + question.minutes, 0);
      assert.ok(minutes >= least, `${round}: ${minutes} minutes of questions`);
    }
  });
});

describe('rubrics', () => {
  it('every dimension of every rubric links content that exists', () => {
    const broken = mockKinds.flatMap((kind) => rubrics[kind].dimensions.flatMap((dimension) => dimension.links.filter((link) => ('deck' in link ? !targets.decks.has(link.deck) : 'card' in link ? !targets.cards.has(link.card) : !targets.problems.has(link.problem))).map((link) => `${kind}.${dimension.id}: ${JSON.stringify(link)}`)));
    assert.deepEqual(broken, []);
    assert.ok(mockKinds.every((kind) => rubrics[kind].dimensions.every((dimension) => dimension.links.length > 0)));
  });
});
