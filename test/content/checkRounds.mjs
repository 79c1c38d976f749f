#!/usr/bin/env node
// Checks loop templates the way Loop Prep loads them: every diagnostic (file:line:column),
// links to decks and cards checked against the built-in decks and links to problems against
// the folders of problems/, the counts per round, and the problems no loop links to.
//
//   node test/content/checkRounds.mjs                # the built-in loops in rounds/
//   node test/content/checkRounds.mjs a.yaml         # just these files
//
// Exits 1 when any file has a diagnostic or (checking the built-in loops) a problem is not
// linked from any checklist item.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSources, repoRoot as root } from './loadSources.mjs';

const { builtInLinkTargets, parseLoop } = await loadSources(`
  export { builtInLinkTargets } from './test/unit/repository';
  export { parseLoop } from './src/core/rounds/loopFormat';`);
const targets = builtInLinkTargets(root);
const files = process.argv.length > 2
  ? process.argv.slice(2).map((file) => path.resolve(file))
  : readdirSync(path.join(root, 'rounds')).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => path.join(root, 'rounds', name));

let problems = 0;
const linkedProblems = new Set();
for (const file of files) {
  const parsed = parseLoop(readFileSync(file, 'utf8'), file, targets);
  const relative = path.relative(process.cwd(), file);
  for (const diagnostic of parsed.diagnostics) {
    problems++;
    console.log(`${relative}:${diagnostic.range.startLine + 1}:${diagnostic.range.startColumn + 1}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  }
  if (!parsed.loop) continue;
  for (const round of parsed.loop.rounds) for (const item of round.checklist) for (const link of item.links) if ('problem' in link) linkedProblems.add(link.problem);
  console.log(`\n${parsed.loop.title} (${relative})`);
  console.table(parsed.loop.rounds.map((round) => ({
    round: round.id,
    kinds: round.kinds.join(','),
    minutes: round.minutes,
    phases: round.phases.length,
    items: round.checklist.length,
    linked: round.checklist.filter((item) => item.links.length > 0).length,
  })));
}
if (process.argv.length <= 2) {
  for (const slug of [...targets.problems].sort()) {
    if (linkedProblems.has(slug)) continue;
    problems++;
    console.log(`problems/${slug}: warning unlinked-problem: no checklist item of any loop links to this problem`);
  }
}
console.log(`${files.length} loops; ${linkedProblems.size} of ${targets.problems.size} practice problems linked; ${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
