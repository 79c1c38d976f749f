import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { languageFiles, parseProblemMeta, problemLanguages } from '../../../src/core/problems/catalog';
import { checkProblems, minimumWrongSolutions, problemSlugs, wrongFolderIssues, type LanguageReport } from '../../content/problemChecks';
import { repositoryRoot } from '../repository';

// The built-in practice problems as content: each has its metadata, statement, and in
// both languages a stub, tests and a reference solution; every reference passes its
// tests and every stub fails each of them, run by real python3 and node processes the
// way Loop Prep runs them (Python's unittest; Node's test runner with Loop Prep's
// type-stripping hook). Beside them, problems/<slug>/wrong/<language>/ keeps plausible
// wrong solutions, and the tests must reject every one. The rules and the runs are shared
// with the authors' report, test/content/checkProblems.mjs.

const root = repositoryRoot();
const problemsFolder = path.join(root, 'problems');
const slugs = problemSlugs(root);
const tsHook = path.join(root, 'dist', 'runners', 'ts-hook.js');

const codingProblems = ['jump-game', 'jump-game-ii', 'top-k-frequent-elements', 'kth-largest-in-stream', 'top-k-frequent-stream', 'merge-k-sorted-lists', 'meeting-rooms-ii', 'lru-cache', 'sliding-window-maximum', 'course-schedule', 'number-of-islands', 'coin-change', 'longest-increasing-subsequence', 'median-of-data-stream', 'merge-intervals', 'subarray-sum-equals-k', 'combination-sum', 'trie-autocomplete', 'network-delay-time', 'edit-distance', 'ship-within-days', 'daily-temperatures', 'container-with-most-water', 'number-of-provinces'];
const mlProblems = ['ndcg-at-k', 'roc-auc', 'precision-recall-map', 'positional-encoding', 'stable-softmax-cross-entropy', 'skip-gram-negative-sampling', 'k-means', 'logistic-regression-sgd', 'reservoir-sampling', 'two-tower-top-k', 'two-proportion-z-test', 'thompson-sampling', 'scaled-dot-product-attention', 'mlp-backprop', 'layer-norm', 'adamw-step', 'matrix-factorisation-als', 'bpr-loss', 'decision-tree-split', 'count-min-heavy-hitters', 'beam-search', 'bm25', 'off-policy-ips', 'population-stability-index', 'group-auc', 'ivf-ann-search'];

describe('built-in practice problems', function () {
  this.timeout(120_000);

  it('the catalog has the 24 coding-round and 26 ML-coding problems the issues name (at least 50, at least 22 ML)', () => {
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

  it(`every problem has at least ${minimumWrongSolutions} wrong solutions per language, each starting with its "Wrong:" line`, () => {
    const issues = slugs.flatMap((slug) => problemLanguages.flatMap((language) => wrongFolderIssues(root, slug, language)));
    assert.deepEqual(issues.map((issue) => issue.message), []);
  });

  describe('run against their tests', function () {
    // Every reference, stub and wrong solution of both languages, two processes at a time:
    // about 4 s per problem on these machines (a wrong solution of the naive complexity runs
    // until its test's deadline, about a second), so the limit grows with the catalog.
    this.timeout(Math.max(120_000, slugs.length * 20_000));
    let reports: LanguageReport[] = [];

    before(async () => {
      reports = await checkProblems(root, slugs, { tsHook });
    });

    for (const language of problemLanguages) {
      it(`in ${language}, every reference solution passes all its tests and every stub fails each of them`, () => {
        const problems: string[] = [];
        for (const report of reports.filter((entry) => entry.language === language)) {
          const { slug, reference } = report;
          if (reference.total < 6) problems.push(`${slug}: only ${reference.total} tests ran\n${reference.output.slice(-1500)}`);
          for (const issue of report.issues) if (issue.kind === 'reference' || issue.kind === 'stub') problems.push(issue.message);
        }
        assert.deepEqual(problems, []);
      });

      it(`in ${language}, every wrong solution fails at least one test, quickly`, () => {
        const problems = reports
          .filter((entry) => entry.language === language)
          .flatMap((report) => report.issues.filter((issue) => issue.kind === 'wrong-passes' || issue.kind === 'wrong-timeout' || issue.kind === 'wrong-does-not-load'))
          .map((issue) => issue.message);
        assert.ok(reports.some((entry) => entry.language === language && entry.wrong.length > 0), 'no wrong solutions ran');
        assert.deepEqual(problems, []);
      });
    }
  });

  it('the TypeScript of every problem, wrong solutions included, type-checks under strict settings', () => {
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'test', 'content', 'problems.tsconfig.json')], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  });
});
