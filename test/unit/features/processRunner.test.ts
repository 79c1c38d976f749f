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

  it('a double-forking setsid sleeper is gone after the run, whether the run exits first or times out', async () => {
    for (const timeoutMs of [10_000, 1_500]) {
      const marker = `loop_prep_setsid_${process.pid}_${Date.now()}`;
      // The middle process leaves the session and exits at once: the sleeper's parent is then init.
      const code = `import os, time\n${marker} = 1\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(300)\n    os._exit(0)\ntime.sleep(0.5)\n${timeoutMs < 10_000 ? 'time.sleep(300)' : ''}`;
      const outcome = await runProcess(request(code, { timeoutMs }));
      assert.equal(outcome.ending, timeoutMs < 10_000 ? 'timed-out' : 'exited');
      assert.ok(outcome.processesSeen >= 2, `${outcome.processesSeen} processes seen`);
      assert.deepEqual(await settle(marker), []);
    }
  });

  it('a detached Node child (spawn with detached: true, unref) is gone after the run', async () => {
    const marker = `loop_prep_detached_${process.pid}_${Date.now()}`;
    const code = `const { spawn } = require('node:child_process'); spawn(process.execPath, ['-e', 'setTimeout(() => {}, 300000) // ${marker}'], { detached: true, stdio: 'ignore' }).unref(); setTimeout(() => {}, 300);`;
    const outcome = await runProcess(request(code, { command: process.execPath, args: ['-e', code] }));
    assert.equal(outcome.ending, 'exited');
    assert.equal(outcome.exitCode, 0);
    assert.deepEqual(await settle(marker), []);
  });

  it('a child that clears its environment and leaves the session is still found through its living parent', async () => {
    const marker = `loop_prep_noenv_${process.pid}_${Date.now()}`;
    const code = `import subprocess, time\nsubprocess.Popen(["python3", "-c", "import time; ${marker} = 1; time.sleep(300)"], env={"PATH": "/usr/bin:/bin"}, start_new_session=True)\ntime.sleep(300)`;
    const outcome = await runProcess(request(code, { timeoutMs: 1_500 }));
    assert.equal(outcome.ending, 'timed-out');
    assert.deepEqual(await settle(marker), []);
  });

  it('a bounded fork tree (64 sleepers, half of them in new sessions) is gone after the run', async () => {
    const marker = `loop_prep_forktree_${process.pid}_${Date.now()}`;
    const code = `import os, time\n${marker} = 1\nfor depth in range(6):\n    if os.fork() == 0 and depth % 2 == 0:\n        os.setsid()\ntime.sleep(300)`;
    const outcome = await runProcess(request(code, { timeoutMs: 2_000 }));
    assert.equal(outcome.ending, 'timed-out');
    assert.ok(outcome.processesSeen >= 64, `${outcome.processesSeen} processes seen`);
    assert.ok(outcome.durationMs < 5_000, `took ${outcome.durationMs} ms`);
    assert.deepEqual(await settle(marker), []);
  });

  it('stops an allocating recursion at the memory limit, promptly, and leaves nothing behind', async () => {
    const marker = `loop_prep_memory_${process.pid}_${Date.now()}`;
    const limit = 256 * 1024 * 1024;
    const code = `${marker} = 1\ndef grow(depth):\n    block = bytearray(16 * 1024 * 1024)\n    return grow(depth + 1) + len(block)\ngrow(0)`;
    const outcome = await runProcess(request(code, { memoryLimitBytes: limit, pollMs: 100 }));
    assert.equal(outcome.ending, 'memory-limit');
    assert.ok(outcome.peakMemoryBytes > limit, `peak ${outcome.peakMemoryBytes} bytes`);
    assert.ok(outcome.peakMemoryBytes < 4 * limit, `peak ${outcome.peakMemoryBytes} bytes: the limit held it near`);
    assert.ok(outcome.durationMs < 5_000, `took ${outcome.durationMs} ms`);
    assert.deepEqual(await settle(marker), []);
  });

  it('results come back on fd 3, apart from what the process prints', async () => {
    const outcome = await runProcess(request('import os, sys\nprint("printed")\nos.write(3, b"{\\"id\\": \\"a\\"}\\n")'));
    assert.equal(outcome.ending, 'exited');
    assert.equal(outcome.results, '{"id": "a"}\n');
    assert.equal(outcome.output, 'printed\n');
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
