import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languageFiles, parseProblemMeta, problemLanguages, type ProblemLanguage } from '../../../src/core/problems/catalog';

// The built-in practice problems as content: each has its metadata, statement, and in
// both languages a stub, tests and a reference solution; every reference passes its
// tests and every stub fails each of them, run by real python3 and node processes the
// way Loop Prep runs them (Python's unittest; Node's test runner with Loop Prep's
// type-stripping hook).

function repositoryRoot(): string {
  for (let folder = __dirname; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'problems')) && fs.existsSync(path.join(folder, 'package.json'))) return folder;
  }
  return process.cwd();
}

const root = repositoryRoot();
const problemsFolder = path.join(root, 'problems');
const slugs = fs.readdirSync(problemsFolder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
const tsHook = path.join(root, 'dist', 'runners', 'ts-hook.js');

const codingProblems = ['jump-game', 'jump-game-ii', 'top-k-frequent-elements', 'kth-largest-in-stream', 'top-k-frequent-stream', 'merge-k-sorted-lists', 'meeting-rooms-ii', 'lru-cache', 'sliding-window-maximum', 'course-schedule', 'number-of-islands', 'coin-change', 'longest-increasing-subsequence', 'median-of-data-stream'];
const mlProblems = ['ndcg-at-k', 'roc-auc', 'precision-recall-map', 'positional-encoding', 'stable-softmax-cross-entropy', 'skip-gram-negative-sampling', 'k-means', 'logistic-regression-sgd', 'reservoir-sampling', 'two-tower-top-k', 'two-proportion-z-test', 'thompson-sampling'];

interface RunCounts {
  readonly total: number;
  readonly passed: number;
  readonly output: string;
}

/** Runs one language's tests against `solutionFile` (the stub or the reference) in a scratch copy. */
function runTests(slug: string, language: ProblemLanguage, solutionFile: 'stub' | 'reference'): RunCounts {
  const files = languageFiles[language];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `loop-prep-${slug}-`));
  try {
    const source = path.join(problemsFolder, slug, path.dirname(files.stub));
    for (const name of fs.readdirSync(source)) fs.copyFileSync(path.join(source, name), path.join(scratch, name));
    fs.copyFileSync(path.join(problemsFolder, slug, files[solutionFile]), path.join(scratch, path.basename(files.stub)));
    if (language === 'python') {
      const run = spawnSync('python3', ['-m', 'unittest', 'test_solution'], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
      const output = `${run.stdout}${run.stderr}`;
      const total = Number(/^Ran (\d+) tests?/m.exec(output)?.[1] ?? 0);
      const failed = [.../FAILED \(([^)]*)\)/.exec(output)?.[1]?.matchAll(/=(\d+)/g) ?? []].reduce((sum, match) => sum + Number(match[1]), 0);
      return { total, passed: total - failed, output };
    }
    const run = spawnSync(process.execPath, ['--require', tsHook, '--test', path.basename(files.tests)], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
    const output = `${run.stdout}${run.stderr}`;
    const count = (name: string): number => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(output)?.[1] ?? 0);
    return { total: count('pass') + count('fail') + count('cancelled'), passed: count('pass'), output };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

describe('built-in practice problems', function () {
  // Two real processes per problem and language: about 20 s for the catalog on these machines.
  this.timeout(120_000);

  it('the catalog has the 14 coding-round and 12 ML-coding problems the issue names', () => {
    assert.ok(fs.existsSync(tsHook), `${tsHook} is built by \`node esbuild.mjs\` (the test command builds first)`);
    for (const slug of [...codingProblems, ...mlProblems]) assert.ok(slugs.includes(slug), `problems/${slug} is missing`);
  });

  it('every problem has valid metadata, a statement without raw HTML, and all six code files', () => {
    for (const slug of slugs) {
      const folder = path.join(problemsFolder, slug);
      const meta = parseProblemMeta(fs.readFileSync(path.join(folder, 'problem.yaml'), 'utf8'), slug);
      assert.ok(meta.ok, `${slug}/problem.yaml: ${meta.ok ? '' : meta.errors.join('; ')}`);
      assert.equal(meta.meta.hints.length, 3, `${slug}: three hints, gentle to nearly the approach`);
      const statement = fs.readFileSync(path.join(folder, 'README.md'), 'utf8');
      assert.match(statement, /^# \S/, `${slug}/README.md starts with its title`);
      assert.match(statement, /^## Examples$/m, `${slug}/README.md has examples`);
      assert.match(statement, /^## Constraints$/m, `${slug}/README.md has constraints`);
      assert.doesNotMatch(statement.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, ''), /<\/?[a-z][a-z0-9]*[\s>/]/i, `${slug}/README.md has raw HTML`);
      for (const language of problemLanguages) {
        for (const file of Object.values(languageFiles[language])) assert.ok(fs.existsSync(path.join(folder, file)), `${slug}/${file} is missing`);
      }
    }
  });

  for (const language of problemLanguages) {
    it(`in ${language}, every reference solution passes all its tests and every stub fails each of them`, () => {
      const problems: string[] = [];
      for (const slug of slugs) {
        const reference = runTests(slug, language, 'reference');
        const stub = runTests(slug, language, 'stub');
        if (reference.total < 6) problems.push(`${slug}: only ${reference.total} tests ran\n${reference.output.slice(-1500)}`);
        if (reference.passed !== reference.total) problems.push(`${slug}: the reference passed ${reference.passed} of ${reference.total}\n${reference.output.slice(-1500)}`);
        if (stub.total !== reference.total || stub.passed !== 0) problems.push(`${slug}: the stub passed ${stub.passed} of ${stub.total} (expected 0 of ${reference.total})`);
      }
      assert.deepEqual(problems, []);
    });
  }

  it('the TypeScript of every problem type-checks under strict settings', () => {
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'test', 'content', 'problems.tsconfig.json')], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });
});
