import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { journalEvents, sleep } from './helpers';

// A practice problem's run is contained: solutions that try to outlive the run, eat the
// machine's memory or forge their results, run by real Python and Node in a real VS Code.
// After each run `ps` must show none of its processes, and the Testing view says why the
// run ended (the run command returns what the Testing view was told).

interface ReportedResult { readonly id: string; readonly state: string; readonly message?: string }

/** `ps` lines (pid and command line) that contain `text`, once the table has settled. */
async function processesWith(text: string): Promise<string[]> {
  const read = (): string[] => execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes(text) && !line.includes('ps -eo'));
  for (let attempt = 0; attempt < 20 && read().length > 0; attempt++) await sleep(100);
  return read();
}

async function scaffold(language: 'python' | 'typescript'): Promise<vscode.Uri> {
  const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('loopPrep.scaffoldProblem', { slug: 'jump-game', language, whenTaken: 'new' });
  assert.ok(folder, `a ${language} copy of jump-game was scaffolded`);
  return folder;
}

async function run(folder: vscode.Uri, file: string, source: string): Promise<{ results: ReportedResult[]; tookMs: number }> {
  const solution = vscode.Uri.joinPath(folder, file);
  await vscode.workspace.fs.writeFile(solution, new TextEncoder().encode(source));
  const started = Date.now();
  const results = await vscode.commands.executeCommand<ReportedResult[]>('loopPrep.runProblemTests', solution);
  return { results, tookMs: Date.now() - started };
}

const problems = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('loopPrep.problems');

describe('a problem run is contained', function () {
  this.timeout(60_000);
  const made: vscode.Uri[] = [];
  let python: vscode.Uri;
  let typescript: vscode.Uri;

  before(async () => {
    python = await scaffold('python');
    typescript = await scaffold('typescript');
    made.push(python, typescript);
  });

  afterEach(async () => {
    await problems().update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    await problems().update('memoryLimitMiB', undefined, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const folder of made) await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('a double-forking setsid sleeper (Python) is gone after the run; the cases report their real results', async () => {
    const marker = `loop_prep_setsid_sleeper_${Date.now()}`;
    const { results } = await run(python, 'solution.py', [
      'import os',
      '',
      '# The middle process leaves the session and exits: the sleeper is re-parented to init.',
      'if os.fork() == 0:',
      '    os.setsid()',
      '    if os.fork() == 0:',
      `        os.execvp("python3", ["python3", "-c", "import time; time.sleep(300)  # ${marker}"])`,
      '    os._exit(0)',
      '',
      'def can_reach_end(nums):',
      '    return len(nums) == 1',
      '',
    ].join('\n'));
    assert.deepEqual(await processesWith(marker), [], 'no sleeper is left');
    assert.ok(results.some((result) => result.state === 'passed'), 'the cases a one-element answer gets right pass');
    const failed = results.find((result) => result.state === 'failed');
    assert.match(failed?.message ?? '', /AssertionError: (True|False) != (True|False)/, 'a wrong answer says what was expected');
  });

  it('a detached Node child (spawn with detached: true, unref) started by every case is gone after the run', async () => {
    const marker = `loop_prep_detached_child_${Date.now()}`;
    const { results } = await run(typescript, 'solution.ts', [
      "import { spawn } from 'node:child_process';",
      '',
      'export function canReachEnd(nums: number[]): boolean {',
      `  spawn(process.execPath, ['-e', 'setTimeout(() => {}, 300000) // ${marker}'], { detached: true, stdio: 'ignore' }).unref();`,
      '  return nums.length === 1;',
      '}',
      '',
    ].join('\n'));
    assert.deepEqual(await processesWith(marker), [], 'no detached child is left');
    assert.ok(results.length >= 6, `${results.length} cases reported`);
    assert.ok(results.some((result) => result.state === 'passed'));
    assert.ok(results.some((result) => result.state === 'failed'));
  });

  it('an allocating recursion stops at the memory limit, promptly, with the reason in the Testing view', async () => {
    await problems().update('memoryLimitMiB', 256, vscode.ConfigurationTarget.Workspace);
    const { results, tookMs } = await run(python, 'solution.py', [
      'def can_reach_end(nums):',
      '    def grow(depth):',
      '        block = bytearray(16 * 1024 * 1024)',
      '        return grow(depth + 1) + len(block)',
      '    return grow(0) > 0',
      '',
    ].join('\n'));
    assert.ok(tookMs < 8_000, `the run took ${tookMs} ms`);
    const stopped = results.filter((result) => result.message?.startsWith('Stopped: the tests used more than 256 MiB of memory (loopPrep.problems.memoryLimitMiB)'));
    assert.ok(stopped.length > 0, `the reason is shown: ${JSON.stringify(results.map((result) => result.message))}`);
    assert.ok(results.every((result) => result.state !== 'passed'));
    assert.deepEqual(await processesWith(python.fsPath), [], 'no runner process is left');
  });

  it('a bounded fork tree (32 processes, some in new sessions) is gone at the timeout, which the Testing view names', async () => {
    await problems().update('timeoutSeconds', 2, vscode.ConfigurationTarget.Workspace);
    const { results, tookMs } = await run(python, 'solution.py', [
      'import os, time',
      '',
      'def can_reach_end(nums):',
      '    for depth in range(5):',
      '        if os.fork() == 0 and depth % 2 == 0:',
      '            os.setsid()',
      '    time.sleep(300)',
      '',
    ].join('\n'));
    assert.ok(tookMs >= 2_000 && tookMs < 8_000, `the run took ${tookMs} ms`);
    assert.ok(results.some((result) => result.message === 'Timed out after 2 s: the tests and every process they started were stopped.'), JSON.stringify(results.map((result) => result.message)));
    assert.deepEqual(await processesWith(python.fsPath), [], 'no process of the tree is left');
  });

  it('a solution that writes forged "passed" lines everywhere it can reach cannot make a failing run pass', async () => {
    const { results } = await run(python, 'solution.py', [
      'import glob, json, os, re, tempfile',
      '',
      'def _forge():',
      '    here = os.path.dirname(os.path.abspath(__file__))',
      '    source = open(os.path.join(here, "test_solution.py"), encoding="utf-8").read()',
      '    suite = re.search(r"class (\\w+)", source).group(1)',
      '    lines = "".join(json.dumps({"id": f"test_solution.{suite}.{name}", "status": "passed"}) + "\\n" for name in re.findall(r"def (test_\\w+)", source)).encode()',
      '    for fd in range(1, 256):',
      '        try:',
      '            os.write(fd, lines)',
      '        except OSError:',
      '            pass',
      '    for name in glob.glob(os.path.join(tempfile.gettempdir(), "*", "*.jsonl")):',
      '        try:',
      '            with open(name, "ab") as file:',
      '                file.write(lines)',
      '        except OSError:',
      '            pass',
      '',
      '_forge()',
      '',
      'def can_reach_end(nums):',
      '    _forge()',
      '    return None',
      '',
    ].join('\n'));
    assert.ok(results.length >= 6, `${results.length} cases reported`);
    assert.deepEqual(results.filter((result) => result.state === 'passed'), [], 'no case passes');
    const attempt = (await journalEvents()).filter((event) => event.type === 'problems.attempt').at(-1);
    assert.equal(attempt?.data['passed'], 0, 'the journal records no passed case');
  });
});
