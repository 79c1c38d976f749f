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

/** The result lines a runner wrote to its channel, fd 3. */
function readResults(run: { output: readonly (string | null)[] }): Result[] {
  return (run.output[3] ?? '').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Result);
}

// stdin, stdout, stderr and the results channel.
const withChannel = ['ignore', 'pipe', 'pipe', 'pipe'] as const;

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
    const run = spawnSync('python3', [path.join(runners, 'python_runner.py'), scratch, 'test_solution'], { encoding: 'utf8', stdio: [...withChannel] });
    assert.equal(run.status, 1, 'a failing run exits 1');
    const byId = new Map(readResults(run).map((result) => [result.id.split('.').pop(), result]));
    assert.equal(byId.get('test_adds')?.status, 'passed');
    assert.deepEqual({ ...byId.get('test_wrong'), durationMs: undefined, traceback: undefined }, { id: 'test_solution.TestAdd.test_wrong', status: 'failed', message: 'AssertionError: 3 != 4', expected: '4', actual: '3', line: 9, durationMs: undefined, traceback: undefined });
    assert.equal(byId.get('test_raises')?.status, 'errored');
    assert.equal(byId.get('test_raises')?.line, 12);
    assert.equal(byId.get('test_skipped')?.status, 'skipped');
  });

  it('python_runner.py: a solution that does not import is one errored result', () => {
    fs.writeFileSync(path.join(scratch, 'solution.py'), 'def add(a, b)\n    return a + b\n');
    fs.writeFileSync(path.join(scratch, 'test_solution.py'), 'import unittest\nfrom solution import add\n');
    const run = spawnSync('python3', [path.join(runners, 'python_runner.py'), scratch, 'test_solution'], { encoding: 'utf8', stdio: [...withChannel] });
    const [only] = readResults(run);
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
    const run = spawnSync(process.execPath, ['--require', path.join(runners, 'ts-hook.js'), '--test', '--test-reporter', `file://${path.join(runners, 'node-reporter.mjs')}`, 'solution.test.ts'], { cwd: scratch, encoding: 'utf8', stdio: [...withChannel] });
    assert.equal(run.status, 1, run.stderr);
    const byId = new Map(readResults(run).map((result) => [result.id, result]));
    assert.equal(byId.get('add > adds')?.status, 'passed');
    const wrong = byId.get('add > wrong');
    assert.equal(wrong?.status, 'failed');
    assert.equal(wrong.expected, '[\n  4\n]');
    assert.equal(wrong.actual, '[\n  3\n]');
    assert.equal(wrong.line, 7, 'the assertion line, in the TypeScript source');
    assert.equal(byId.get('add > throws')?.status, 'errored');
    assert.equal(byId.get('add > throws')?.message, 'boom');
  });

  it('the solution is handed no results channel: Python closes fd 3 before importing it, Node\'s test file runs in a child without it', () => {
    // Each solution reports what it finds at fd 3 and whether it can write there.
    fs.writeFileSync(path.join(scratch, 'solution.py'), 'import os\ntry:\n    os.write(3, b"forged\\n")\n    FOUND = "open"\nexcept OSError:\n    FOUND = "closed"\n');
    fs.writeFileSync(path.join(scratch, 'test_solution.py'), 'import unittest\nfrom solution import FOUND\n\nclass T(unittest.TestCase):\n    def test_fd3(self):\n        self.assertEqual(FOUND, "closed")\n');
    const python = spawnSync('python3', [path.join(runners, 'python_runner.py'), scratch, 'test_solution'], { encoding: 'utf8', stdio: [...withChannel] });
    assert.doesNotMatch(python.output[3] ?? '', /forged/);
    assert.equal(readResults(python)[0]?.status, 'passed', python.stderr);

    fs.writeFileSync(path.join(scratch, 'solution.test.ts'), [
      "import { test } from 'node:test';",
      "import fs from 'node:fs';",
      "test('fd 3 is not the channel', () => { try { fs.writeSync(3, 'forged\\n'); } catch { /* not writable */ } console.log('printed by the test'); });",
    ].join('\n'));
    const node = spawnSync(process.execPath, ['--require', path.join(runners, 'ts-hook.js'), '--test', '--test-reporter', `file://${path.join(runners, 'node-reporter.mjs')}`, 'solution.test.ts'], { cwd: scratch, encoding: 'utf8', stdio: [...withChannel] });
    assert.doesNotMatch(node.output[3] ?? '', /forged/);
    assert.equal(readResults(node)[0]?.status, 'passed', node.stderr);
    assert.match(node.stdout, /printed by the test/, 'what a test prints reaches stdout');
  });
});
