import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languageFiles, problemLanguages, type ProblemLanguage } from '../../src/core/problems/problemFiles';

// The content rules for practice problems that both the unit tier (test/unit/content) and
// the authors' report (checkProblems.mjs) apply, written once: in each language the
// reference passes every test, the stub fails every test, and every wrong solution in
// problems/<slug>/wrong/<language>/ fails at least one.

/** Wrong solutions each problem keeps per language, at least. */
export const minimumWrongSolutions = 3;

/** Processes run at once: the machines have two cores. */
export const defaultConcurrency = 2;

/** A single test run may take this long before its process group is killed. */
export const defaultRunTimeoutMs = 30_000;

/** The first line a wrong solution starts with, per language, followed by what is wrong. */
export const wrongMarker: Readonly<Record<ProblemLanguage, RegExp>> = {
  python: /^# Wrong: \S/,
  typescript: /^\/\/ Wrong: \S/,
};

const wrongExtension: Readonly<Record<ProblemLanguage, string>> = { python: '.py', typescript: '.ts' };

export interface TestRun {
  /** Tests run; 0 when the process was killed before it reported. */
  readonly total: number;
  readonly passed: number;
  readonly timedOut: boolean;
  readonly milliseconds: number;
  /** The end of what it printed (stdout, then stderr). */
  readonly output: string;
}

export interface WrongRun {
  /** The file name without its extension. */
  readonly name: string;
  readonly file: string;
  readonly run: TestRun;
}

/** Which rule an issue breaks. */
export type IssueKind = 'reference' | 'stub' | 'too-few-wrong' | 'wrong-first-line' | 'wrong-passes' | 'wrong-timeout' | 'wrong-does-not-load';

export interface Issue {
  readonly kind: IssueKind;
  readonly message: string;
}

export interface LanguageReport {
  readonly slug: string;
  readonly language: ProblemLanguage;
  readonly reference: TestRun;
  readonly stub: TestRun;
  readonly wrong: readonly WrongRun[];
  /** What breaks the rules (empty when clean). */
  readonly issues: readonly Issue[];
}

export interface CheckOptions {
  readonly concurrency?: number;
  readonly timeoutMs?: number;
  /** The test-stripping hook for TypeScript; defaults to dist/runners/ts-hook.js under root. */
  readonly tsHook?: string;
}

/** The problem folders under problems/ (each a directory), sorted. */
export function problemSlugs(root: string): string[] {
  return fs
    .readdirSync(path.join(root, 'problems'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The wrong solutions of one language of a problem, sorted by file name. */
export function wrongSolutionFiles(root: string, slug: string, language: ProblemLanguage): string[] {
  const folder = path.join(root, 'problems', slug, 'wrong', language);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(wrongExtension[language]))
    .sort()
    .map((name) => path.join(folder, name));
}

/** Runs `work` over `items` with at most `limit` in flight; results in the order of `items`. */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Counts from unittest's summary: `Ran N tests`, then `OK` or `FAILED (failures=a, errors=b)`. */
export function pythonCounts(output: string): { total: number; passed: number } {
  const total = Number(/^Ran (\d+) tests?/m.exec(output)?.[1] ?? 0);
  const summary = /^FAILED \(([^)]*)\)/m.exec(output)?.[1] ?? '';
  const failed = [...summary.matchAll(/\b(failures|errors|unexpected successes)=(\d+)/g)].reduce((sum, match) => sum + Number(match[2]), 0);
  return { total, passed: Math.max(0, total - failed) };
}

/** Counts from the TAP summary of Node's test runner (`# pass N`, `# fail N`, `# cancelled N`). */
export function nodeCounts(output: string): { total: number; passed: number } {
  const count = (name: string): number => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(output)?.[1] ?? 0);
  return { total: count('pass') + count('fail') + count('cancelled'), passed: count('pass') };
}

/**
 * Runs one language's tests of a problem against `solutionFile` (the reference, the stub or
 * a wrong solution), in a scratch folder holding only the test file and the candidate as
 * the solution: Python as `python3 -m unittest test_solution`, TypeScript with Node's test
 * runner behind Loop Prep's type-stripping hook. The process group is killed at the timeout.
 */
export async function runProblemTests(root: string, slug: string, language: ProblemLanguage, solutionFile: string, options: CheckOptions = {}): Promise<TestRun> {
  const files = languageFiles[language];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `loop-prep-${slug}-`));
  const started = Date.now();
  try {
    fs.copyFileSync(path.join(root, 'problems', slug, files.tests), path.join(scratch, path.basename(files.tests)));
    fs.copyFileSync(solutionFile, path.join(scratch, path.basename(files.stub)));
    const [program, args] =
      language === 'python'
        ? ['python3', ['-m', 'unittest', 'test_solution']]
        : [process.execPath, ['--require', options.tsHook ?? path.join(root, 'dist', 'runners', 'ts-hook.js'), '--test', '--test-reporter=tap', path.basename(files.tests)]];
    const { output, timedOut } = await runProcess(program, args, scratch, options.timeoutMs ?? defaultRunTimeoutMs);
    const counts = timedOut ? { total: 0, passed: 0 } : language === 'python' ? pythonCounts(output) : nodeCounts(output);
    return { ...counts, timedOut, milliseconds: Date.now() - started, output: output.slice(-4000) };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function runProcess(program: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<{ output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    let stdout = '';
    let stderr = '';
    const keep = (text: string, chunk: Buffer): string => (text + chunk.toString('utf8')).slice(-200_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout = keep(stdout, chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = keep(stderr, chunk)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      resolve({ output: `${stdout}${stderr}`, timedOut });
    };
    child.on('error', (error) => {
      stderr += String(error);
      finish();
    });
    child.on('close', finish);
  });
}

/** `passed/total`, or `timeout` when the run was killed. */
export function describeRun(run: TestRun): string {
  return run.timedOut ? 'timeout' : `${run.passed}/${run.total}`;
}

/**
 * Runs the reference, the stub and every wrong solution of each problem and language
 * (`concurrency` processes at a time) and lists what breaks the rules.
 */
export async function checkProblems(root: string, slugs: readonly string[], options: CheckOptions = {}): Promise<LanguageReport[]> {
  interface Job {
    readonly slug: string;
    readonly language: ProblemLanguage;
    readonly kind: 'reference' | 'stub' | 'wrong';
    readonly file: string;
  }
  const jobs: Job[] = [];
  for (const slug of slugs) {
    for (const language of problemLanguages) {
      const files = languageFiles[language];
      jobs.push({ slug, language, kind: 'reference', file: path.join(root, 'problems', slug, files.reference) });
      jobs.push({ slug, language, kind: 'stub', file: path.join(root, 'problems', slug, files.stub) });
      for (const file of wrongSolutionFiles(root, slug, language)) jobs.push({ slug, language, kind: 'wrong', file });
    }
  }
  const runs = await mapConcurrently(jobs, options.concurrency ?? defaultConcurrency, (job) =>
    fs.existsSync(job.file) ? runProblemTests(root, job.slug, job.language, job.file, options) : Promise.resolve(missingRun(job.file)),
  );
  const reports: LanguageReport[] = [];
  for (const slug of slugs) {
    for (const language of problemLanguages) {
      const mine = jobs.flatMap((job, index) => (job.slug === slug && job.language === language ? [{ job, run: runs[index] as TestRun }] : []));
      const reference = mine.find((entry) => entry.job.kind === 'reference')?.run ?? missingRun('reference');
      const stub = mine.find((entry) => entry.job.kind === 'stub')?.run ?? missingRun('stub');
      const wrong = mine
        .filter((entry) => entry.job.kind === 'wrong')
        .map(({ job, run }) => ({ name: path.basename(job.file).replace(/\.[^.]+$/, ''), file: job.file, run }));
      reports.push({ slug, language, reference, stub, wrong, issues: [...wrongFolderIssues(root, slug, language), ...runIssues(slug, language, reference, stub, wrong)] });
    }
  }
  return reports;
}

function missingRun(file: string): TestRun {
  return { total: 0, passed: 0, timedOut: false, milliseconds: 0, output: `${file} is missing` };
}

/**
 * The rules on the wrong/ folder of one language of a problem that need no test run: at
 * least `minimumWrongSolutions` files, each starting with its `Wrong:` line.
 */
export function wrongFolderIssues(root: string, slug: string, language: ProblemLanguage): Issue[] {
  const files = wrongSolutionFiles(root, slug, language);
  const issues: Issue[] = [];
  if (files.length < minimumWrongSolutions) {
    issues.push({ kind: 'too-few-wrong', message: `${slug} (${language}): ${files.length} wrong solutions in wrong/${language}/ (at least ${minimumWrongSolutions})` });
  }
  for (const file of files) {
    const firstLine = fs.readFileSync(file, 'utf8').split('\n')[0] ?? '';
    if (!wrongMarker[language].test(firstLine)) {
      issues.push({ kind: 'wrong-first-line', message: `${slug} (${language}): wrong/${language}/${path.basename(file)} does not start with ${language === 'python' ? '"# Wrong: …"' : '"// Wrong: …"'}` });
    }
  }
  return issues;
}

/** The rules on the runs of one language of a problem: reference, stub and each wrong solution. */
function runIssues(slug: string, language: ProblemLanguage, reference: TestRun, stub: TestRun, wrong: readonly WrongRun[]): Issue[] {
  const issues: Issue[] = [];
  const add = (kind: IssueKind, message: string): void => {
    issues.push({ kind, message: `${slug} (${language}): ${message}` });
  };
  const tail = (run: TestRun): string => `\n${run.output.slice(-1500)}`;
  if (reference.timedOut) add('reference', 'the reference timed out');
  else if (reference.total === 0 || reference.passed !== reference.total) add('reference', `the reference passed ${describeRun(reference)}${tail(reference)}`);
  if (stub.timedOut) add('stub', 'the stub timed out');
  else if (stub.passed !== 0 || stub.total !== reference.total) add('stub', `the stub passed ${describeRun(stub)} (expected 0/${reference.total})`);
  for (const { name, run } of wrong) {
    const file = `wrong/${language}/${name}`;
    if (run.timedOut) add('wrong-timeout', `${file} was stopped after ${(run.milliseconds / 1000).toFixed(0)} s (a wrong solution must fail fast)`);
    else if (run.total !== reference.total) add('wrong-does-not-load', `${file} ran ${run.total} of ${reference.total} tests${tail(run)}`);
    else if (run.passed === run.total) add('wrong-passes', `${file} passes every test`);
  }
  return issues;
}
