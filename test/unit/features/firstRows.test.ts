import assert from 'node:assert/strict';
import { firstRowsWithin } from '../../../src/features/firstRows';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** When `wait` settles, in ms from now, or 'now' when there is nothing to wait for. */
async function settlesAfter(wait: Promise<unknown> | undefined): Promise<number | 'now'> {
  if (!wait) return 'now';
  const start = Date.now();
  await wait.catch(() => undefined);
  return Date.now() - start;
}

describe('the first rows of a view wait for their counts (firstRowsWithin)', () => {
  it('the first fetch waits until the data is ready; fetches while it waits wait with it; later ones do not wait', async () => {
    let loaded = false;
    let finish!: () => void;
    const ready = new Promise<void>((resolve) => { finish = () => { loaded = true; resolve(); }; });
    let asked = 0;
    const firstRows = firstRowsWithin(() => loaded, () => { asked++; return ready; }, 5_000);
    const first = firstRows();
    const second = firstRows();
    assert.ok(first && second, 'both fetches wait while the data loads');
    setTimeout(finish, 40);
    const [firstWait, secondWait] = await Promise.all([settlesAfter(first), settlesAfter(second)]);
    assert.ok(typeof firstWait === 'number' && firstWait >= 30 && firstWait < 1_000, `the first fetch waited ${firstWait} ms for data ready after 40 ms`);
    assert.ok(typeof secondWait === 'number' && secondWait < 1_000);
    assert.equal(asked, 1, 'one wait for both');
    assert.equal(firstRows(), undefined, 'once loaded, a fetch is answered at once');
  });

  it('gives up after its limit, and never waits again (a slow load shows what there is, then refreshes)', async () => {
    const never = new Promise<void>(() => undefined);
    const firstRows = firstRowsWithin(() => false, () => never, 50);
    const waited = await settlesAfter(firstRows());
    assert.ok(typeof waited === 'number' && waited >= 40 && waited < 1_000, `waited ${waited} ms with a 50 ms limit`);
    assert.equal(firstRows(), undefined, 'no second wait: the view is drawn from now on as its data comes');
  });

  it('does not wait when the data is already there, and a failed load ends the wait at once', async () => {
    assert.equal(firstRowsWithin(() => true, () => new Promise(() => undefined), 5_000)(), undefined);
    const firstRows = firstRowsWithin(() => false, () => sleep(20).then(() => { throw new Error('journal not readable'); }), 5_000);
    const waited = await settlesAfter(firstRows());
    assert.ok(typeof waited === 'number' && waited < 1_000, `a failed load ended the wait after ${waited} ms, not the 5 s limit`);
    assert.equal(firstRows(), undefined);
  });
});
