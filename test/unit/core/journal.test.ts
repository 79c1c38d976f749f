import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  Journal,
  journalBackupDirectory,
  journalFilePath,
  mergeJournalEvents,
  parseJournal,
  type JournalEvent,
  type JournalFileHandle,
  type JournalFileSystem,
} from '../../../src/core/journal/journal';

const start = Date.parse('2026-06-01T10:00:00Z');
const day = 24 * 60 * 60 * 1000;

function event(id: string, time: number, data: unknown = { cardId: `card-${id}` }): JournalEvent {
  return { v: 1, id, type: 'flashcards.review', time, data };
}

function lines(...events: readonly (JournalEvent | string)[]): string {
  return events.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('\n') + '\n';
}

function ids(events: readonly JournalEvent[]): string[] {
  return events.map((item) => item.id);
}

describe('parseJournal', () => {
  it('reads one event per line and ignores blank lines', () => {
    const parsed = parseJournal(`\n${lines(event('a', 1), '', '   ', event('b', 2))}\n\n`);
    assert.deepEqual(parsed.events, [event('a', 1), event('b', 2)]);
    assert.deepEqual(parsed.problems, []);
  });

  it('a line that is not JSON is skipped and reported with its line number and opening; the reviews around it survive', () => {
    const parsed = parseJournal(lines(event('a', 1), 'this is not json', event('b', 2)));
    assert.deepEqual(ids(parsed.events), ['a', 'b']);
    const [problem, ...more] = parsed.problems;
    assert.ok(problem && more.length === 0, JSON.stringify(parsed.problems));
    assert.equal(problem.line, 2);
    assert.equal(problem.text, 'this is not json');
    assert.match(problem.reason, /^not valid JSON/);
  });

  it('a line that is JSON but not an event (no id, empty type, time not a number, another version) is skipped and says why', () => {
    const bad = [
      '[1,2]',
      '"a string"',
      JSON.stringify({ v: 1, type: 'flashcards.review', time: 1, data: null }),
      JSON.stringify({ v: 1, id: '', type: 'flashcards.review', time: 1, data: null }),
      JSON.stringify({ v: 1, id: 'x', type: '', time: 1, data: null }),
      JSON.stringify({ v: 1, id: 'x', type: 'flashcards.review', time: '2026-06-01', data: null }),
      JSON.stringify({ v: 2, id: 'x', type: 'flashcards.review', time: 1, data: null }),
      JSON.stringify({ id: 'x', type: 'flashcards.review', time: 1, data: null }),
    ];
    const parsed = parseJournal(lines(...bad, event('kept', 5)));
    assert.deepEqual(ids(parsed.events), ['kept']);
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.line, problem.reason]),
      [
        [1, 'not a journal event (not a JSON object)'],
        [2, 'not a journal event (not a JSON object)'],
        [3, 'not a journal event (id is missing or empty)'],
        [4, 'not a journal event (id is missing or empty)'],
        [5, 'not a journal event (type is missing or empty)'],
        [6, 'not a journal event (time is not a finite number)'],
        [7, 'not a journal event this version reads (v is 2, expected 1)'],
        [8, 'not a journal event (v is missing)'],
      ],
    );
  });

  it('a torn last journal line is skipped and reported; every earlier review survives', () => {
    const whole = lines(event('a', 1), event('b', 2), event('c', 3));
    const torn = JSON.stringify(event('d', 4)).slice(0, 30);
    const parsed = parseJournal(whole + torn);
    assert.deepEqual(ids(parsed.events), ['a', 'b', 'c']);
    assert.deepEqual(
      parsed.problems.map(({ line, text }) => ({ line, text })),
      [{ line: 4, text: torn }],
    );
  });

  it('a problem quotes only the first 80 characters of a long line', () => {
    const long = `{"v":1,"id":"x","type":"t","time":1,"data":"${'y'.repeat(10_000)}`;
    const [problem] = parseJournal(long).problems;
    assert.ok(problem);
    assert.equal(problem.text, long.slice(0, 80));
    assert.ok(problem.reason.length < 200, 'the reason does not repeat the line');
  });

  it('an event that appears twice (e.g. copied over by a sync) is kept once, the first copy wins', () => {
    const parsed = parseJournal(lines(event('a', 1, 'first'), event('b', 2), event('a', 1, 'second')));
    assert.deepEqual(parsed.events, [event('a', 1, 'first'), event('b', 2)]);
    assert.deepEqual(parsed.problems, []);
  });

  it('a journal left with git conflict markers still yields the events of both sides', () => {
    const text = lines(
      event('shared', 1),
      '<<<<<<< HEAD',
      event('laptop', 2),
      '=======',
      event('desktop', 3),
      '>>>>>>> origin/main',
      event('after', 4),
    );
    const parsed = parseJournal(text);
    assert.deepEqual(ids(parsed.events), ['shared', 'laptop', 'desktop', 'after']);
    assert.deepEqual(
      parsed.problems.map(({ line, text: opening }) => [line, opening]),
      [
        [2, '<<<<<<< HEAD'],
        [4, '======='],
        [6, '>>>>>>> origin/main'],
      ],
    );
  });

  it('events come back in time order, ties broken by id, even when the file is out of order', () => {
    const parsed = parseJournal(lines(event('c', 20), event('b', 10), event('a', 20), event('d', 5)));
    assert.deepEqual(ids(parsed.events), ['d', 'b', 'a', 'c']);
  });

  it('a journal saved with Windows line endings and a byte-order mark loads every event', () => {
    const text = '\ufeff' + lines(event('a', 1), event('b', 2)).replaceAll('\n', '\r\n') + '\r\n';
    const parsed = parseJournal(text);
    assert.deepEqual(ids(parsed.events), ['a', 'b']);
    assert.deepEqual(parsed.problems, []);
  });

});

describe('mergeJournalEvents', () => {
  it("two machines' journals merge into the union of their events, each once, in time order", () => {
    const laptop = [event('a', 1), event('b', 3), event('d', 5)];
    const desktop = [event('a', 1), event('c', 2), event('e', 5)];
    assert.deepEqual(ids(mergeJournalEvents(laptop, desktop)), ['a', 'c', 'b', 'd', 'e']);
  });

  it('the merge is the same whichever journal comes first, and merging again changes nothing', () => {
    const laptop = [event('a', 1), event('b', 3)];
    const desktop = [event('b', 3), event('c', 2)];
    const merged = mergeJournalEvents(laptop, desktop);
    assert.deepEqual(mergeJournalEvents(desktop, laptop), merged);
    assert.deepEqual(mergeJournalEvents(merged, laptop, desktop), merged);
    assert.deepEqual(mergeJournalEvents(), []);
  });
});

/** node:fs/promises with some operations replaced, to inject faults and watch the calls. */
function fileSystemWith(overrides: Partial<JournalFileSystem>): JournalFileSystem {
  const real: JournalFileSystem = fsPromises;
  return { ...real, ...overrides };
}

describe('Journal', () => {
  let directory: string;
  let clock: number;
  const now = (): number => clock;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-journal-'));
    clock = start;
  });

  afterEach(() => {
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('a review appended today is there on the next load, with an id and the time filled in', async () => {
    const journal = new Journal(directory, { now });
    const [review] = await journal.append({ type: 'flashcards.review', data: { cardId: 'w2v/skip-gram', grade: 3 } });
    assert.ok(review);
    assert.match(review.id, /^[0-9a-f-]{36}$/);
    assert.equal(review.time, start);
    assert.deepEqual(review, { v: 1, id: review.id, type: 'flashcards.review', time: start, data: { cardId: 'w2v/skip-gram', grade: 3 } });
    const loaded = await new Journal(directory, { now }).load();
    assert.deepEqual(loaded.events, [review]);
    assert.deepEqual(loaded.problems, []);
    assert.equal(fs.readFileSync(journalFilePath(directory), 'utf8'), JSON.stringify(review) + '\n');
  });

  it('keeps a given id and time, and returns events as a later load reads them', async () => {
    const journal = new Journal(directory, { now });
    const [appended] = await journal.append({ type: 'settings.interviewDate', id: 'fixed', time: 42, data: { date: '2026-07-01', dropped: undefined } });
    assert.deepEqual(appended, { v: 1, id: 'fixed', type: 'settings.interviewDate', time: 42, data: { date: '2026-07-01' } });
    assert.deepEqual((await journal.load()).events, [appended]);
  });

  it('a missing journal (or data directory) loads as empty, with no problems', async () => {
    const journal = new Journal(path.join(directory, 'not', 'yet'), { now });
    assert.deepEqual(await journal.load(), { events: [], problems: [], newProblems: [] });
    assert.deepEqual(await journal.append([]), []);
    assert.equal(fs.existsSync(path.join(directory, 'not')), false, 'appending nothing creates nothing');
  });

  it('creates the data directory on the first append', async () => {
    const nested = path.join(directory, 'sync', 'loop-prep');
    await new Journal(nested, { now }).append({ type: 'checklist.tick', data: { item: 'bias-variance' } });
    assert.equal((await new Journal(nested).load()).events.length, 1);
  });

  it('a batch goes to the file in one write to a file opened for appending, and resolves only after the fsync', async () => {
    const calls: string[] = [];
    const writes: string[] = [];
    const fileSystem = fileSystemWith({
      open: async (file, flags) => {
        const handle = await fsPromises.open(file, flags);
        calls.push(`open ${flags}`);
        const watched: JournalFileHandle = {
          write: async (buffer, offset, length) => {
            calls.push('write');
            writes.push(Buffer.from(buffer.subarray(offset, offset + length)).toString('utf8'));
            return handle.write(buffer, offset, length);
          },
          read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
          stat: () => handle.stat(),
          sync: async () => {
            calls.push('sync');
            await handle.sync();
          },
          close: async () => {
            calls.push('close');
            await handle.close();
          },
        };
        return watched;
      },
    });
    const journal = new Journal(directory, { now, fileSystem });
    await journal.append({ type: 'flashcards.review', data: 1 });
    calls.length = 0;
    writes.length = 0;
    const appended = await journal.append([
      { type: 'flashcards.review', data: 'é'.repeat(5000) },
      { type: 'flashcards.review', data: 2 },
      { type: 'flashcards.review', data: 3 },
    ]);
    assert.deepEqual(calls, ['open r', 'close', 'open a', 'write', 'sync', 'close']);
    assert.deepEqual(writes, [appended.map((item) => JSON.stringify(item) + '\n').join('')]);
  });

  it('appends made at once from one window land whole, in the order they were made', async () => {
    const journal = new Journal(directory, { now });
    const appended = await Promise.all(
      Array.from({ length: 50 }, (_, index) => {
        clock = start + (index % 3); // several appends in the same millisecond
        return journal.append({ type: 'test.order', data: { index, filler: 'z'.repeat(index * 300) } });
      }),
    );
    const text = fs.readFileSync(journalFilePath(directory), 'utf8');
    assert.deepEqual(
      text.trimEnd().split('\n').map((line) => (JSON.parse(line) as JournalEvent).id),
      appended.map(([item]) => item?.id),
    );
    assert.deepEqual(parseJournal(text).problems, []);
  });

  it('after a torn last line, the next review starts on a new line and nothing is lost', async () => {
    const journal = new Journal(directory, { now });
    const before = await journal.append([
      { type: 'flashcards.review', data: 1 },
      { type: 'flashcards.review', data: 2 },
    ]);
    const torn = '{"v":1,"id":"torn","type":"flashcards.rev';
    fs.appendFileSync(journalFilePath(directory), torn);
    clock += 1000;
    const after = await new Journal(directory, { now }).append({ type: 'flashcards.review', data: 3 });
    const fileLines = fs.readFileSync(journalFilePath(directory), 'utf8').split('\n');
    assert.deepEqual(fileLines, [...before, ...after].flatMap((item, index) => (index === 2 ? [torn, JSON.stringify(item)] : [JSON.stringify(item)])).concat(''));
    const loaded = await journal.load();
    assert.deepEqual(loaded.events, mergeJournalEvents(before, after));
    assert.deepEqual(
      loaded.problems.map(({ line, text }) => ({ line, text })),
      [{ line: 3, text: torn }],
    );
  });

  it('a torn line is reported once, not on every reload; a new bad line is reported when it appears', async () => {
    const file = journalFilePath(directory);
    fs.writeFileSync(file, lines(event('a', 1)) + '{"v":1,"id"');
    const journal = new Journal(directory, { now });
    const first = await journal.load();
    assert.deepEqual(first.newProblems.map((problem) => problem.line), [2]);
    const second = await journal.load();
    assert.deepEqual(second.newProblems, []);
    assert.equal(second.problems.length, 1, 'the problem is still part of the journal');
    await journal.append({ type: 'flashcards.review', data: null });
    fs.appendFileSync(file, 'garbage\n');
    const third = await journal.load();
    assert.deepEqual(third.newProblems.map((problem) => [problem.line, problem.text]), [[4, 'garbage']]);
    assert.equal(third.events.length, 2);
    assert.equal((await new Journal(directory).load()).newProblems.length, 2, 'another window reports them itself');
  });

  it('a write that fails rejects the append, leaves the journal loadable, and later appends still work', async () => {
    let fault: 'none' | 'before-writing' | 'half-written' | 'fsync' = 'none';
    const fileSystem = fileSystemWith({
      open: async (file, flags) => {
        const handle = await fsPromises.open(file, flags);
        return {
          write: async (buffer, offset, length) => {
            if (fault === 'before-writing') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            if (fault === 'half-written') {
              await handle.write(buffer, offset, Math.floor(length / 2));
              throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
            }
            return handle.write(buffer, offset, length);
          },
          read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
          stat: () => handle.stat(),
          sync: async () => {
            if (fault === 'fsync') throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
            await handle.sync();
          },
          close: () => handle.close(),
        };
      },
    });
    const journal = new Journal(directory, { now, fileSystem });
    const kept = await journal.append({ type: 'flashcards.review', data: 'kept' });
    clock += 1000;
    for (const failure of ['before-writing', 'half-written', 'fsync'] as const) {
      fault = failure;
      await assert.rejects(journal.append({ type: 'flashcards.review', data: failure }), /ENOSPC|EIO/, failure);
      fault = 'none';
      const loaded = await journal.load();
      const loadedIds = new Set(ids(loaded.events));
      assert.deepEqual(ids(kept).filter((id) => !loadedIds.has(id)), [], `${failure}: every earlier review survives`);
      kept.push(...(await journal.append({ type: 'flashcards.review', data: `after ${failure}` })));
      clock += 1000;
    }
    const loaded = await new Journal(directory).load();
    const data = loaded.events.map((item) => item.data);
    assert.deepEqual(
      data.filter((item) => typeof item === 'string' && (item === 'kept' || item.startsWith('after'))),
      ['kept', 'after before-writing', 'after half-written', 'after fsync'],
    );
    assert.deepEqual(loaded.problems.map((problem) => problem.line), [3], 'only the half-written line is a problem');
    assert.ok(data.includes('fsync'), 'the write before the failed fsync reached the file (appending it again would be deduplicated)');
  });

  it('a write the disk takes only in part is finished, so the append still lands whole', async () => {
    const fileSystem = fileSystemWith({
      open: async (file, flags) => {
        const handle = await fsPromises.open(file, flags);
        return {
          // At most 1,000 bytes a call, as a nearly full or slow disk may take.
          write: (buffer, offset, length) => handle.write(buffer, offset, Math.min(length, 1000)),
          read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
          stat: () => handle.stat(),
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    });
    const appended = await new Journal(directory, { now, fileSystem }).append([
      { type: 'flashcards.review', data: 'é'.repeat(3000) },
      { type: 'flashcards.review', data: 'short' },
    ]);
    const loaded = await new Journal(directory).load();
    assert.deepEqual(loaded.events, mergeJournalEvents(appended));
    assert.deepEqual(loaded.problems, []);
  });

  it('an event that cannot be stored (no type, empty id, data JSON cannot hold) is refused before anything is written', async () => {
    const journal = new Journal(directory, { now });
    await assert.rejects(journal.append({ type: '', data: 1 }), /type is missing or empty/);
    await assert.rejects(journal.append({ type: 't', id: '', data: 1 }), /id is missing or empty/);
    await assert.rejects(journal.append({ type: 't', time: Number.NaN, data: 1 }), /time is not a finite number/);
    await assert.rejects(journal.append([{ type: 't', data: 1 }, { type: 't', data: 10n }]), TypeError);
    assert.equal(fs.existsSync(journalFilePath(directory)), false);
    assert.equal((await journal.append({ type: 't', data: 1 })).length, 1, 'the journal still takes appends');
  });

  it("creating the journal writes a .gitattributes that merges it by union, once, keeping the user's own lines", async () => {
    const attributes = path.join(directory, '.gitattributes');
    fs.writeFileSync(attributes, '*.png binary');
    const journal = new Journal(directory, { now });
    await journal.append({ type: 't', data: 1 });
    await journal.append({ type: 't', data: 2 });
    await new Journal(directory, { now }).append({ type: 't', data: 3 });
    // The journal deleted by hand and started again: the line is already there.
    fs.rmSync(journalFilePath(directory));
    await new Journal(directory, { now }).append({ type: 't', data: 4 });
    const content = fs.readFileSync(attributes, 'utf8');
    assert.ok(content.startsWith('*.png binary\n'), content);
    assert.equal(content.match(/^journal\.jsonl merge=union$/gm)?.length, 1, content);

    // A fresh data directory: written with the journal, and not again.
    const other = path.join(directory, 'other');
    await new Journal(other, { now }).append({ type: 't', data: 1 });
    assert.match(fs.readFileSync(path.join(other, '.gitattributes'), 'utf8'), /^journal\.jsonl merge=union$/m);
    fs.rmSync(path.join(other, '.gitattributes'));
    await new Journal(other, { now }).append({ type: 't', data: 2 });
    assert.equal(fs.existsSync(path.join(other, '.gitattributes')), false, 'only written when the journal is created');
  });

  it('backs up the journal at most once a day and keeps the newest 7 backups', async () => {
    const journal = new Journal(directory, { now });
    const backups = journalBackupDirectory(directory);
    assert.equal(await journal.backupIfDue(), undefined, 'no journal yet, no backup');
    await journal.append({ type: 't', data: 'day 1' });
    const first = await journal.backupIfDue();
    assert.equal(first, path.join(backups, 'journal-2026-06-01.jsonl'));
    assert.equal(fs.readFileSync(first, 'utf8'), fs.readFileSync(journalFilePath(directory), 'utf8'));
    await journal.append({ type: 't', data: 'later that day' });
    clock += 10 * 60 * 60 * 1000;
    assert.equal(await journal.backupIfDue(), undefined, 'the same (UTC) day: no second backup');
    assert.equal(await new Journal(directory, { now }).backupIfDue(), undefined, 'not from another window either');
    fs.writeFileSync(path.join(backups, 'notes.txt'), 'not a backup');
    for (let offset = 1; offset <= 9; offset++) {
      clock = start + offset * day;
      assert.ok(await journal.backupIfDue(), `day ${offset + 1}`);
    }
    assert.deepEqual(fs.readdirSync(backups).sort(), [
      'journal-2026-06-04.jsonl',
      'journal-2026-06-05.jsonl',
      'journal-2026-06-06.jsonl',
      'journal-2026-06-07.jsonl',
      'journal-2026-06-08.jsonl',
      'journal-2026-06-09.jsonl',
      'journal-2026-06-10.jsonl',
      'notes.txt',
    ]);
    assert.match(fs.readFileSync(path.join(backups, 'journal-2026-06-10.jsonl'), 'utf8'), /later that day/);
  });
});
