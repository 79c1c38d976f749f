import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Journal, journalFilePath, parseJournal, type JournalEvent } from '../../../src/core/journal/journal';

// Built next to this test by esbuild (test/unit/core/fixtures/journalAppender.ts).
const appenderScript = path.join(__dirname, 'fixtures', 'journalAppender.js');
const trials = Math.max(200, Number(process.env['LOOP_PREP_FAULT_TRIALS'] ?? 0) || 0);

/** A child process appending to a journal (see the fixture), and what it printed. */
interface Appender {
  readonly child: ChildProcess;
  /** Resolves once the child has loaded and waits for `start()`. */
  readonly ready: Promise<void>;
  /** Resolves when the child has exited and its output is read to the end. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The ids of the events whose append resolved (fsync done), in order. */
  readonly ids: string[];
  readonly stderr: () => string;
  start(): void;
}

const running = new Set<ChildProcess>();

function spawnAppender(directory: string, count: number | 'forever', writer: string): Appender {
  // No --enable-source-maps and no inherited execArgv: a child must start as fast as Node can.
  const child = spawn(process.execPath, [appenderScript, directory, String(count), writer], { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  const ids: string[] = [];
  let stderr = '';
  let pending = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    // A line is only counted once its newline arrived.
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') markReady();
      else if (line !== '') ids.push(line);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      // A child that dies before it is ready fails the test (its exit code) instead of hanging it.
      markReady();
      resolve({ code, signal });
    });
  });
  child.stdin.on('error', () => undefined);
  return {
    child,
    ready,
    exited,
    ids,
    stderr: () => stderr,
    start: () => {
      child.stdin.end('go\n');
    },
  };
}

/** The 1-based number of the last line that is not blank. */
function lastLineNumber(text: string): number {
  const lines = text.split('\n');
  for (let index = lines.length - 1; index >= 0; index--) {
    if ((lines[index] ?? '').trim() !== '') return index + 1;
  }
  return 0;
}

describe('journal under real crashes and concurrent processes', () => {
  let directory: string;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-journal-faults-'));
  });

  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it(`an app killed at any moment (${trials} kills) never loses an event it confirmed; at most its last line is torn`, async function () {
    this.timeout(Math.max(180_000, trials * 900));
    const file = journalFilePath(directory);
    const journal = new Journal(directory);
    const confirmed = new Set<string>();
    let tornByKill = 0;
    let tornByTest = 0;
    // The next children start up while this one runs: Node's start-up dominates a trial.
    const upcoming: Appender[] = [];
    let spawned = 0;
    const spawnAhead = (): void => {
      while (upcoming.length < 2 && spawned < trials) upcoming.push(spawnAppender(directory, 'forever', `trial-${spawned++}`));
    };
    spawnAhead();
    for (let trial = 0; trial < trials; trial++) {
      const appender = upcoming.shift();
      assert.ok(appender);
      spawnAhead();
      await appender.ready;
      appender.start();
      const killAfter = 5 + Math.floor(Math.random() * 56);
      await delay(killAfter);
      appender.child.kill('SIGKILL');
      const { code } = await appender.exited;
      assert.equal(code, null, `trial ${trial}: the appender failed on its own:\n${appender.stderr()}`);
      for (const id of appender.ids) confirmed.add(id);

      const where = `trial ${trial} (killed after ${killAfter} ms, ${appender.ids.length} events confirmed)`;
      const loaded = await journal.load();
      const present = new Set(loaded.events.map((event) => event.id));
      const lost = [...confirmed].filter((id) => !present.has(id));
      assert.deepEqual(lost, [], `${where}: confirmed events are missing`);
      assert.ok(loaded.newProblems.length <= 1, `${where}: ${JSON.stringify(loaded.newProblems)}`);
      const [problem] = loaded.newProblems;
      const text = (): string => fs.readFileSync(file, 'utf8');
      if (problem) {
        assert.equal(problem.line, lastLineNumber(text()), `${where}: a torn line that is not the last: ${JSON.stringify(problem)}`);
        tornByKill += 1;
      } else if (trial % 10 === 5 && text().endsWith('\n')) {
        // A kill almost never lands inside the write (the fsync takes the time), so tear the
        // last line as a crash or power cut would, and let the next appenders heal it.
        const lastLine = lastLineNumber(text());
        fs.appendFileSync(file, `{"v":1,"id":"torn-${trial}","type":"test.fault","time":1,"data":{"filler":"xxxx`);
        const torn = await journal.load();
        assert.deepEqual(
          torn.newProblems.map(({ line }) => line),
          [lastLine + 1],
          `${where}: the torn line is reported`,
        );
        tornByTest += 1;
      }
    }
    assert.ok(confirmed.size >= trials, `the appenders confirmed only ${confirmed.size} events in ${trials} trials`);
    const final = await journal.load();
    assert.equal(final.problems.length, tornByKill + tornByTest, 'every torn line stayed alone on its line');
    const healed = final.problems.filter((problem) => problem.line < lastLineNumber(fs.readFileSync(file, 'utf8')));
    assert.ok(healed.length > 0, 'no appender ever had to start after a torn line');
  });

  it('two processes appending 5,000 events each at the same time leave 10,000 whole lines, none interleaved', async function () {
    this.timeout(180_000);
    const file = journalFilePath(directory);
    const appenders = [spawnAppender(directory, 5000, 'a'), spawnAppender(directory, 5000, 'b')];
    await Promise.all(appenders.map((appender) => appender.ready));
    for (const appender of appenders) appender.start();
    for (const appender of appenders) {
      const { code } = await appender.exited;
      assert.equal(code, 0, appender.stderr());
      assert.equal(appender.ids.length, 5000);
    }

    const lines = fs.readFileSync(file, 'utf8').split('\n');
    assert.equal(lines.pop(), '', 'the journal ends with a newline');
    assert.equal(lines.length, 10_000);
    const events = lines.map((line, index) => {
      const [event, ...rest] = parseJournal(line).events;
      assert.ok(event && rest.length === 0, `line ${index + 1} is not one whole event: ${line.slice(0, 120)}`);
      return event;
    });
    const inFile = new Set(events.map((event) => event.id));
    for (const appender of appenders) assert.deepEqual(appender.ids.filter((id) => !inFile.has(id)), []);

    // Each process's events are in its own order, and the two really did run at once.
    const writerOf = (event: JournalEvent): string => (event.data as { writer: string }).writer;
    for (const writer of ['a', 'b']) {
      const sequences = events.filter((event) => writerOf(event) === writer).map((event) => (event.data as { sequence: number }).sequence);
      assert.deepEqual(sequences, Array.from({ length: 5000 }, (_, index) => index), `writer ${writer}`);
    }
    let switches = 0;
    for (let index = 1; index < events.length; index++) {
      const previous = events[index - 1];
      const current = events[index];
      if (previous && current && writerOf(previous) !== writerOf(current)) switches += 1;
    }
    assert.ok(switches >= 10, `the two appenders hardly overlapped (${switches} switches)`);
  });
});
