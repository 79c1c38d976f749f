#!/usr/bin/env node
// Checks design cases (rounds/cases/*.yaml) and the question bank (rounds/questions/*.yaml)
// the way Loop Prep loads them: every diagnostic (file:line:column), links checked against
// the built-in decks, cards and problems, and the counts per case and question category.
//
//   node test/content/checkCases.mjs                 # the built-in cases
//   node test/content/checkCases.mjs a.yaml          # just these files
//
// Exits 1 when any file has a diagnostic (an unknown link is one too).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSources, repoRoot as root } from './loadSources.mjs';

const { builtInLinkTargets, parseCase, parseQuestions } = await loadSources(`
  export { builtInLinkTargets } from './test/unit/repository';
  export { parseCase } from './src/core/cases/caseFormat';
  export { parseQuestions } from './src/core/cases/questionFormat';`);
const targets = builtInLinkTargets(root);
const folder = path.join(root, 'rounds', 'cases');
const files = process.argv.length > 2
  ? process.argv.slice(2).map((file) => path.resolve(file))
  : readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => path.join(folder, name));

let problems = 0;
const rows = [];
for (const file of files) {
  const parsed = parseCase(readFileSync(file, 'utf8'), file, targets);
  const relative = path.relative(process.cwd(), file);
  for (const diagnostic of parsed.diagnostics) {
    problems++;
    console.log(`${relative}:${diagnostic.range.startLine + 1}:${diagnostic.range.startColumn + 1}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  }
  const c = parsed.designCase;
  if (!c) continue;
  rows.push({
    case: c.id,
    minutes: c.minutes,
    facts: c.facts.length,
    phases: c.phases.map((phase) => phase.minutes).join('/'),
    probes: c.probes.length,
    links: c.probes.reduce((sum, probe) => sum + probe.links.length, 0),
    pitfalls: c.pitfalls.length,
    estimates: c.estimates.length,
    outline: c.outline.reduce((sum, section) => sum + section.points.length, 0),
  });
}
console.table(rows);
console.log(`${files.length} cases, ${rows.length} loaded`);

if (process.argv.length <= 2) {
  const questionFolder = path.join(root, 'rounds', 'questions');
  const seen = new Set();
  const counts = {};
  for (const name of readdirSync(questionFolder).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const file = path.join(questionFolder, name);
    const parsed = parseQuestions(readFileSync(file, 'utf8'), file, targets, seen);
    for (const diagnostic of parsed.diagnostics) {
      problems++;
      console.log(`${path.relative(process.cwd(), file)}:${diagnostic.range.startLine + 1}:${diagnostic.range.startColumn + 1}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
    }
    for (const question of parsed.questions) {
      counts[question.category] ??= { questions: 0, recruiter: 0, 'hiring-manager': 0, behavioral: 0 };
      counts[question.category].questions++;
      for (const round of question.askedIn) counts[question.category][round]++;
    }
  }
  console.table(counts);
  console.log(`${seen.size} questions`);
}
console.log(`${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
