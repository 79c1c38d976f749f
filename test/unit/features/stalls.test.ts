import assert from 'node:assert/strict';
import { runQueueWaitNs, watchStalls } from '../../../src/features/stalls';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A reading per call from `values`, then the last one for good (the watcher's timer keeps ticking). */
function script(values: readonly number[]): () => number {
  let index = 0;
  return () => values[Math.min(index++, values.length - 1)] as number;
}

/** What the watcher saw over `ms` of ticks, with the clock and the wait counter given. */
async function watchedFor(ms: number, now: () => number, waitNs: () => number | undefined): Promise<ReturnType<typeof watchStalls>> {
  const stalls = watchStalls(1, now, waitNs);
  await sleep(ms);
  stalls.dispose();
  return stalls;
}

describe('host stalls told apart from waits for a CPU (watchStalls)', () => {
  it('keeps the longest gap between ticks, how long the thread waited for a CPU in it, and the longest gap less its wait', async () => {
    // Ticks at 10, 20, 150 (120 ms of that 130 ms gap waiting for a CPU), 160 and 300 (10 ms waiting).
    const stalls = await watchedFor(50, script([0, 10, 20, 150, 160, 300]), script([0, 0, 0, 120e6, 120e6, 130e6]));
    assert.equal(stalls.waitsKnown, true);
    assert.equal(stalls.longestMs, 140);
    assert.equal(stalls.longestWaitMs, 10);
    // The 130 ms gap was the machine's (10 ms of work); the 140 ms one was 130 ms of the host's own.
    assert.equal(stalls.longestWorkingMs, 130);
  });

  it('where waits cannot be read, every gap counts whole', async () => {
    const stalls = await watchedFor(30, script([0, 10, 150]), () => undefined);
    assert.equal(stalls.waitsKnown, false);
    assert.equal(stalls.longestMs, 140);
    assert.equal(stalls.longestWaitMs, 0);
    assert.equal(stalls.longestWorkingMs, 140);
  });

  it("reads the run-queue wait from a thread's schedstat, and nothing from a file it cannot read", () => {
    assert.equal(runQueueWaitNs(() => '8812345 46791 112\n'), 46791);
    assert.equal(runQueueWaitNs(() => { throw new Error('ENOENT'); }), undefined);
    assert.equal(runQueueWaitNs(() => 'garbage'), undefined);
    // This machine (Linux) has the real file.
    if (process.platform === 'linux') assert.equal(typeof runQueueWaitNs(), 'number');
  });
});
