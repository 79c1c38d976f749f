import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { runProcess, type RunRequest } from '../../../src/features/problems/processRunner';

// Real processes, real kills: what a runaway solution does, and that nothing survives it.

const request = (code: string, overrides: Partial<RunRequest> = {}): RunRequest => ({
  command: 'python3',
  args: ['-c', code],
  cwd: os.tmpdir(),
  timeoutMs: 10_000,
  outputLimitBytes: 1024 * 1024,
  ...overrides,
});

/** Processes whose command line contains `marker` (from `ps`, as the issue asks). */
function processesWith(marker: string): string[] {
  const table = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return table.split('\n').filter((line) => line.includes(marker) && !line.includes('ps -eo'));
}

async function settle(marker: string): Promise<string[]> {
  // A killed process can take a moment to leave the process table.
  for (let attempt = 0; attempt < 20; attempt++) {
    const left = processesWith(marker);
    if (left.length === 0) return left;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return processesWith(marker);
}

describe('running a solution as a child process', function () {
  this.timeout(30_000);

  it('runs to the end: exit code and output, stdout and stderr together', async () => {
    const outcome = await runProcess(request('import sys; print("out"); print("err", file=sys.stderr); sys.exit(3)'));
    assert.equal(outcome.ending, 'exited');
    assert.equal(outcome.exitCode, 3);
    assert.match(outcome.output, /out/);
    assert.match(outcome.output, /err/);
  });

  it('kills an infinite loop at the timeout and leaves no process behind', async () => {
    const marker = `loop_prep_spin_${process.pid}_${Date.now()}`;
    const outcome = await runProcess(request(`${marker} = 1\nwhile True: pass`, { timeoutMs: 500 }));
    assert.equal(outcome.ending, 'timed-out');
    assert.ok(outcome.durationMs < 3_000, `took ${outcome.durationMs} ms`);
    assert.deepEqual(await settle(marker), []);
  });

  it('kills the grandchildren a solution starts, whether it times out or exits first', async () => {
    const spin = `loop_prep_grandchild_${process.pid}_${Date.now()}`;
    const waiting = await runProcess(request(`import subprocess, time\nfor _ in range(3): subprocess.Popen(["python3", "-c", "import time; ${spin} = 1; time.sleep(300)"])\ntime.sleep(300)`, { timeoutMs: 1_000 }));
    assert.equal(waiting.ending, 'timed-out');
    assert.deepEqual(await settle(spin), []);

    const orphan = `loop_prep_orphan_${process.pid}_${Date.now()}`;
    const exited = await runProcess(request(`import subprocess\nsubprocess.Popen(["python3", "-c", "import time; ${orphan} = 1; time.sleep(300)"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)`));
    assert.equal(exited.ending, 'exited');
    assert.equal(exited.exitCode, 0);
    assert.deepEqual(await settle(orphan), []);
  });

  it('stops a run that prints 100 MB at the 1 MiB cap, and the host stays responsive meanwhile', async () => {
    let worstLagMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      worstLagMs = Math.max(worstLagMs, now - last - 10);
      last = now;
    }, 10);
    const outcome = await runProcess(request('import sys\nfor _ in range(100): sys.stdout.write("x" * 1_000_000)'));
    clearInterval(ticker);
    assert.equal(outcome.ending, 'output-limit');
    assert.equal(Buffer.byteLength(outcome.output), 1024 * 1024);
    assert.ok(outcome.outputBytes > 1024 * 1024);
    assert.ok(outcome.durationMs < 5_000, `took ${outcome.durationMs} ms`);
    assert.ok(worstLagMs < 250, `the event loop stalled for ${worstLagMs.toFixed(0)} ms`);
  });

  it('says when the interpreter is missing instead of throwing', async () => {
    const outcome = await runProcess(request('print(1)', { command: 'python3-that-does-not-exist' }));
    assert.equal(outcome.ending, 'failed-to-start');
    assert.equal(outcome.startError?.code, 'ENOENT');
  });

  it('a cancelled run is killed at once', async () => {
    const marker = `loop_prep_cancel_${process.pid}_${Date.now()}`;
    const controller = new AbortController();
    setTimeout(() => { controller.abort(); }, 300);
    const outcome = await runProcess(request(`import time\n${marker} = 1\ntime.sleep(300)`, { signal: controller.signal }));
    assert.equal(outcome.ending, 'cancelled');
    assert.ok(outcome.durationMs < 3_000);
    assert.deepEqual(await settle(marker), []);
  });
});
