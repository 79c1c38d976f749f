#!/usr/bin/env node
// Runs every practice problem's tests against its reference, its stub and each wrong
// solution in problems/<slug>/wrong/<language>/, in both languages, and prints what a
// problem author wants to know: how many tests each candidate passed (passed/total), and
// how many seconds the runs of each problem and language took together.
//
//   node test/content/checkProblems.mjs                  # every folder in problems/
//   node test/content/checkProblems.mjs jump-game lru-cache
//
// Each run is a scratch copy with the candidate as the solution (Python: `python3 -m
// unittest test_solution`; TypeScript: `node --require dist/runners/ts-hook.js --test`),
// killed after 30 s; two run at a time. Nothing is built: dist/runners/ts-hook.js must exist.
// Exits 1 on any problem: a reference that fails a test, a stub that passes one, a wrong
// solution that passes every test (or times out, or lacks its `Wrong:` first line), or
// fewer than 3 wrong solutions in a language.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources, repoRoot as root } from './loadSources.mjs';

const { checkProblems, describeRun, problemSlugs, parseProblemMeta } = await loadSources(`
  export { checkProblems, describeRun, problemSlugs } from './test/content/problemChecks';
  export { parseProblemMeta } from './src/core/problems/catalog';`);

const tsHook = path.join(root, 'dist', 'runners', 'ts-hook.js');
if (!existsSync(tsHook)) {
  console.error(`${path.relative(process.cwd(), tsHook)} is missing: it is built by \`node esbuild.mjs\`.`);
  process.exit(1);
}

const known = problemSlugs(root);
const slugs = process.argv.length > 2 ? process.argv.slice(2) : known;
const unknown = slugs.filter((slug) => !known.includes(slug));
if (unknown.length > 0) {
  console.error(`Not a problem folder: ${unknown.join(', ')}`);
  process.exit(1);
}

/** ML-coding problems prepare for the ml-fundamentals round; the rest are coding problems. */
function isMl(slug) {
  const parsed = parseProblemMeta(readFileSync(path.join(root, 'problems', slug, 'problem.yaml'), 'utf8'), slug);
  return parsed.ok && parsed.meta.rounds.includes('ml-fundamentals');
}

const started = Date.now();
const reports = await checkProblems(root, slugs, { tsHook });
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const issues = reports.flatMap((report) => report.issues);
for (const issue of issues) console.log(`problem: ${issue.message}`);
console.table(
  reports.map((report) => ({
    problem: report.slug,
    language: report.language,
    tests: report.reference.total,
    reference: describeRun(report.reference),
    stub: describeRun(report.stub),
    wrong: report.wrong.map((wrong) => `${wrong.name} ${describeRun(wrong.run)}`).join(', '),
    seconds: Number(([report.reference, report.stub, ...report.wrong.map((wrong) => wrong.run)].reduce((sum, run) => sum + run.milliseconds, 0) / 1000).toFixed(1)),
  })),
);
const ml = slugs.filter(isMl).length;
const wrongCount = reports.reduce((sum, report) => sum + report.wrong.length, 0);
const runs = reports.reduce((sum, report) => sum + 2 + report.wrong.length, 0);
console.log(`${runs} test runs in ${seconds} s`);
console.log(`${slugs.length} problems (${slugs.length - ml} coding, ${ml} ML), ${wrongCount} wrong solutions, ${issues.length} problems`);
process.exitCode = issues.length > 0 ? 1 : 0;
