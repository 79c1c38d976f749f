import type { DesignCase } from './caseFormat';
import { seededRandom } from './probeSchedule';
import type { BankQuestion, QuestionRound } from './questionFormat';

// What a mock round is made of before it starts: a design round's doc, a behavioral
// round's questions. Pure, so the choices are tested without an editor.

/** `<case>-<YYYY-MM-DD>` in local time: the folder of a design round's doc. */
export function mockFolderName(caseId: string, date: Date): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${caseId}-${day}`;
}

/** The design doc a round starts from: the prompt, a section per phase and per deliverable, and a Mermaid block for the architecture. */
export function designDoc(designCase: DesignCase, date: Date): string {
  const day = mockFolderName('', date).slice(1);
  const lines = [
    `# ${designCase.title}`,
    '',
    `*Mock design round, ${day}. Write as you talk: the interviewer's answers to your questions are in the Timer view, and the reference outline opens when the round ends.*`,
    '',
    ...designCase.prompt.split('\n').map((line) => `> ${line}`),
    '',
    '## Phases',
    '',
  ];
  designCase.phases.forEach((phase, index) => {
    lines.push(`### ${index + 1}. ${phase.title} (${phase.minutes} min)`, '', '- ', '');
  });
  lines.push('## Deliverables', '');
  for (const deliverable of designCase.deliverables) lines.push(`### ${deliverable}`, '', '- ', '');
  lines.push(
    '## Architecture',
    '',
    '```mermaid',
    'flowchart LR',
    '  request[Request] --> retrieval[Candidate retrieval]',
    '  retrieval --> ranking[Ranking]',
    '  ranking --> rerank[Re-ranking and policy]',
    '  rerank --> response[Response]',
    '```',
    '',
    '## Back of the envelope',
    '',
    '- ',
    '',
  );
  return lines.join('\n');
}

/** Which part of the question bank a round draws from. */
export function questionRoundOf(round: { readonly id: string; readonly title: string; readonly kinds: readonly string[] }): QuestionRound {
  if (/recruiter|\bhr\b/i.test(`${round.id} ${round.title}`)) return 'recruiter';
  if (round.kinds.includes('hiring-manager')) return 'hiring-manager';
  return 'behavioral';
}

/** The last phase of a question round: the candidate's own questions. */
const closingMinutes = 5;

/**
 * A behavioral round's questions: as many as fill the round (less five minutes for the
 * candidate's own questions), one category after another so the round covers several, those
 * not asked before first. Each question is a phase with its own clock.
 */
export function pickQuestions(bank: readonly BankQuestion[], round: QuestionRound, minutes: number, asked: ReadonlySet<string>, seed: string): { questions: BankQuestion[]; phases: { title: string; minutes: number }[] } {
  const random = seededRandom(seed);
  const pool = bank.filter((question) => question.askedIn.includes(round));
  // Fresh questions first, at random within each group.
  const ordered = pool.map((question) => ({ question, key: (asked.has(question.id) ? 1 : 0) + random() })).sort((a, b) => a.key - b.key).map((entry) => entry.question);
  const byCategory = new Map<string, BankQuestion[]>();
  for (const question of ordered) byCategory.set(question.category, [...(byCategory.get(question.category) ?? []), question]);
  const budget = Math.max(0, minutes - (minutes >= 15 ? closingMinutes : 0));
  const questions: BankQuestion[] = [];
  let used = 0;
  // Round-robin over the categories, in the order their freshest question came.
  for (let added = true; added;) {
    added = false;
    for (const list of byCategory.values()) {
      const next = list[0];
      if (!next || used + next.minutes > budget) continue;
      list.shift();
      questions.push(next);
      used += next.minutes;
      added = true;
    }
  }
  const phases = questions.map((question, index) => ({ title: `Question ${index + 1}: ${question.category}`, minutes: question.minutes }));
  const left = minutes - used;
  if (left > 0 && questions.length > 0) phases.push({ title: 'Your questions for them', minutes: left });
  return { questions, phases };
}

/** What a design round is checked against once it ends: the outline, and everything the interviewer held back. */
export function referenceDoc(designCase: DesignCase): string {
  const lines = [`# Reference: ${designCase.title}`, '', '*What a strong answer covers. Tick in the Timer view what your design covered.*', '', '## Outline', ''];
  designCase.outline.forEach((section, index) => {
    lines.push(`### ${index + 1}. ${section.section}`, '', ...section.points.map((point, pointIndex) => `- **${index + 1}.${pointIndex + 1}** ${point}`), '');
  });
  lines.push('## Back of the envelope', '', ...designCase.estimates.map((estimate) => `- **${estimate.title}**: ${estimate.working}`), '');
  lines.push('## What the interviewer would have told you', '', ...designCase.facts.map((fact) => `- *${fact.question}* ${fact.answer}`), '');
  lines.push('## Probes and what a strong answer says', '');
  for (const probe of designCase.probes) lines.push(`### ${probe.question}`, '', ...probe.points.map((point) => `- ${point}`), '');
  lines.push('## Pitfalls', '', ...designCase.pitfalls.map((pitfall) => `- ${pitfall}`), '');
  return lines.join('\n');
}
