import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '../repository';

// Loop Prep's test runners, run by real python3 and node on small fixtures: one JSON
// result per test, with what the Testing view shows (status, expected vs actual, the
// failing line).

const runners = path.join(repositoryRoot(), 'dist', 'runners');

interface Result { id: string; status: string; message?: string; expected?: string; actual?: string; line?: number | null }

function readResults(file: string): Result[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Result);
}

describe('the problem test runners', function () {
  this.timeout(30_000);
  let scratch: string;
  beforeEach(() => { scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-runners-')); });
  afterEach(() => { fs.rmSync(scratch, { recursive: true, force: true }); });

  it('python_runner.py: passed, failed with expected and actual and the failing line, errored, skipped', () => {
    fs.writeFileSync(path.join(scratch, 'solution.py'), 'def add(a, b):\n    return a + b\n');
    fs.writeFileSync(path.join(scratch, 'test_solution.py'), [
      'import unittest',
      'from solution import add',
      '',
      'class TestAdd(unittest.TestCase):',
      '    def test_adds(self):',
      '        self.assertEqual(add(1, 2), 3)',
      '',
      '    def test_wrong(self):',
      '        self.assertEqual(add(1, 2), 4)',
      '',
      '    def test_raises(self):',
      '        raise ValueError("boom")',
      '',
      '    @unittest.skip("later")',
      '    def test_skipped(self):',
      '        pass',
    ].join('\n'));
    const results = path.join(scratch, 'results.jsonl');
    const run = spawnSync('python3', [path.join(runners, 'python_runner.py'), scratch, 'test_solution', results], { encoding: 'utf8' });
    assert.equal(run.status, 1, 'a failing run exits 1');
    const byId = new Map(readResults(results).map((result) => [result.id.split('.').pop(), result]));
    assert.equal(byId.get('test_adds')?.status, 'passed');
    assert.deepEqual({ ...byId.get('test_wrong'), durationMs: undefined, traceback: undefined }, { id: 'test_solution.TestAdd.test_wrong', status: 'failed', message: 'AssertionError: 3 != 4', expected: '4', actual: '3', line: 9, durationMs: undefined, traceback: undefined });
    assert.equal(byId.get('test_raises')?.status, 'errored');
    assert.equal(byId.get('test_raises')?.line, 12);
    assert.equal(byId.get('test_skipped')?.status, 'skipped');
  });

  it('python_runner.py: a solution that does not import is one errored result', () => {
    fs.writeFileSync(path.join(scratch, 'solution.py'), 'def add(a, b)\n    return a + b\n');
    fs.writeFileSync(path.join(scratch, 'test_solution.py'), 'import unittest\nfrom solution import add\n');
    const results = path.join(scratch, 'results.jsonl');
    spawnSync('python3', [path.join(runners, 'python_runner.py'), scratch, 'test_solution', results], { encoding: 'utf8' });
    const [only] = readResults(results);
    assert.equal(only?.status, 'errored');
    assert.match(only.message ?? '', /SyntaxError/);
  });

  it('node-reporter.mjs with the TypeScript hook: passed, failed with expected and actual and the line, errored', () => {
    fs.writeFileSync(path.join(scratch, 'solution.ts'), 'export function add(a: number, b: number): number {\n  return a + b;\n}\n');
    fs.writeFileSync(path.join(scratch, 'solution.test.ts'), [
      "import { describe, test } from 'node:test';",
      "import assert from 'node:assert/strict';",
      "import { add } from './solution';",
      "describe('add', () => {",
      "  test('adds', () => { assert.equal(add(1, 2), 3); });",
      "  test('wrong', () => {",
      '    assert.deepEqual([add(1, 2)], [4]);',
      '  });',
      "  test('throws', () => { throw new Error('boom'); });",
      '});',
    ].join('\n'));
    const results = path.join(scratch, 'results.jsonl');
    const run = spawnSync(process.execPath, ['--require', path.join(runners, 'ts-hook.js'), '--test', '--test-reporter', `file://${path.join(runners, 'node-reporter.mjs')}`, '--test-reporter-destination', results, 'solution.test.ts'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const byId = new Map(readResults(results).map((result) => [result.id, result]));
    assert.equal(byId.get('add > adds')?.status, 'passed');
    const wrong = byId.get('add > wrong');
    assert.equal(wrong?.status, 'failed');
    assert.equal(wrong.expected, '[\n  4\n]');
    assert.equal(wrong.actual, '[\n  3\n]');
    assert.equal(wrong.line, 7, 'the assertion line, in the TypeScript source');
    assert.equal(byId.get('add > throws')?.status, 'errored');
    assert.equal(byId.get('add > throws')?.message, 'boom');
  });
});
