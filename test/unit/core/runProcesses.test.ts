import assert from 'node:assert/strict';
import { RunProcesses, environmentHas, isZombieStat, parseProcStat, parsePsTable, parseStatusRss, processKey, type ProcessEntry } from '../../../src/core/problems/runProcesses';

// Which processes a run owns, from snapshots of the process table: what the sweep at the
// end of a run kills, and what the memory limit adds up.

const entry = (pid: number, ppid: number, pgid: number, start = '100'): ProcessEntry => ({ pid, ppid, pgid, start });
const pids = (entries: readonly ProcessEntry[]): number[] => entries.map((each) => each.pid).sort((a, b) => a - b);

describe('the processes of a run', () => {
  it('reads /proc/<pid>/stat, even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (python3 (x) y) S 4200 4242 4242 0 -1 4194560 700 0 0 0 3 1 0 0 20 0 1 0 2374451 14000000 2300 18446744073709551615';
    assert.deepEqual(parseProcStat(stat), { pid: 4242, ppid: 4200, pgid: 4242, start: '2374451' });
    assert.equal(parseProcStat('garbage'), undefined);
    assert.equal(parseProcStat('12 (cut) S 1 1'), undefined, 'a line without a start time is not a process');
    assert.equal(isZombieStat('77 (sh) Z 1 77 77 0'), true);
    assert.equal(isZombieStat('77 (Z) S 1 77 77 0'), false, 'the state after the name, not a Z in the name');
  });

  it('reads VmRSS from /proc/<pid>/status, the marker from /proc/<pid>/environ and rows of ps', () => {
    assert.equal(parseStatusRss('Name:\tpython3\nVmPeak:\t  9000 kB\nVmRSS:\t  2048 kB\n'), 2048 * 1024);
    assert.equal(parseStatusRss('Name:\tkthreadd\n'), undefined);
    assert.equal(environmentHas('PATH=/bin\0LOOP_PREP_RUN=abc\0HOME=/h\0', 'LOOP_PREP_RUN', 'abc'), true);
    assert.equal(environmentHas('PATH=/bin\0LOOP_PREP_RUN=abcd\0', 'LOOP_PREP_RUN', 'abc'), false, 'another run\'s marker is not this one');
    assert.equal(environmentHas('X_LOOP_PREP_RUN=abc\0', 'LOOP_PREP_RUN', 'abc'), false);
    assert.deepEqual(parsePsTable('  501   1   501  10240 Mon Jan  5 10:00:01 2026\n  777 501 501 2048 Mon Jan  5 10:00:02 2026\nbad line\n'), [
      { pid: 501, ppid: 1, pgid: 501, rssBytes: 10240 * 1024, start: 'Mon Jan  5 10:00:01 2026' },
      { pid: 777, ppid: 501, pgid: 501, rssBytes: 2048 * 1024, start: 'Mon Jan  5 10:00:02 2026' },
    ]);
  });

  it('the root, its group, and its descendants to any depth; not its parent or strangers', () => {
    const run = new RunProcesses(10);
    const table = [entry(1, 0, 1), entry(5, 1, 5), entry(10, 5, 10), entry(11, 10, 10), entry(12, 11, 12), entry(13, 12, 13), entry(20, 1, 20), entry(30, 1, 10)];
    assert.deepEqual(pids(run.observe(table)), [10, 11, 12, 13, 30]);
  });

  it('a process seen once stays the run\'s after its parent exits and it is re-parented to init', () => {
    const run = new RunProcesses(10);
    run.observe([entry(10, 5, 10), entry(11, 10, 11), entry(12, 11, 12)]);
    // 11 exited; 12 left the session and now hangs off init.
    assert.deepEqual(pids(run.observe([entry(1, 0, 1), entry(10, 5, 10), entry(12, 1, 12), entry(40, 12, 40)])), [10, 12, 40]);
  });

  it('a process carrying the marker is the run\'s though no link to it was ever seen', () => {
    const run = new RunProcesses(10);
    const escaped = entry(50, 1, 50, '300');
    assert.deepEqual(pids(run.observe([entry(10, 5, 10), escaped, entry(51, 50, 51, '301')], new Set([processKey(escaped)]))), [10, 50, 51]);
  });

  it('a pid reused by another process (another start time) is never the run\'s', () => {
    const run = new RunProcesses(10);
    run.observe([entry(10, 5, 10), entry(11, 10, 11, '100')]);
    assert.deepEqual(pids(run.observe([entry(10, 5, 10), entry(11, 1, 11, '999')])), [10]);
    // Nor is the root's pid once it leads no group of its own.
    assert.deepEqual(pids(new RunProcesses(10).observe([entry(10, 1, 3, '999')])), []);
  });

  it('counts every process it has seen', () => {
    const run = new RunProcesses(10);
    run.observe([entry(10, 5, 10), entry(11, 10, 10)]);
    run.observe([entry(10, 5, 10), entry(12, 10, 10)]);
    assert.equal(run.size, 3);
  });
});
