import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Journal, journalFilePath, type JournalEvent } from '../../../src/core/journal/journal';
import { readJournalLines, type JournalVisitor } from '../../../src/core/journal/journalReader';
import { readSnapshot, writeSnapshot, type JournalSnapshot } from '../../../src/core/journal/snapshot';
import { loadStudyJournal, type SnapshotStore } from '../../../src/core/journal/studyJournal';
import { foldAppended, foldReviews, ReviewFolder, reviewEventType, undoEventType, type FoldedReviews } from '../../../src/core/scheduling/fold';
import type { CardMemory, Grade } from '../../../src/core/scheduling/memory';
import { ReviewLog } from '../../../src/core/scheduling/reviewLog';

// Issue 16, line 4: the journal read as a stream into the review log's columns, and the
// snapshot that carries the fold across starts while the journal stays the source of truth.

const start = Date.parse('2026-06-01T10:00:00Z');

function uuid(index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `0000abcd-0000-4000-8000-${hex}`;
}

function memory(index: number): CardMemory {
  return { stage: index % 5 === 0 ? 'relearning' : 'review', stability: 1.5 + index / 7, difficulty: 5 + (index % 3) / 10, reps: index, lapses: index % 4, step: 0, lastReview: start + index, due: start + index + 86_400_000, dueDay: 20_000 + index, scheduledDays: index % 40 };
}

function review(index: number, options: { id?: string; card?: string; time?: number } = {}): JournalEvent {
  return { v: 1, id: options.id ?? uuid(index), type: reviewEventType, time: options.time ?? start + index * 1000, data: { cardId: options.card ?? `card-${index % 7}`, grade: ((index % 4) + 1) as Grade, previousStage: index % 3 === 0 ? 'new' : 'review', memory: memory(index), durationMs: 3000 } };
}

function other(id: string, time: number): JournalEvent {
  return { v: 1, id, type: 'rounds.checklist', time, data: { loop: 'l', item: id, checked: true } };
}

function undo(id: string, reviewId: string, time: number): JournalEvent {
  return { v: 1, id, type: undoEventType, time, data: { reviewId } };
}

/** What readers see of a fold. */
function view(folded: FoldedReviews): unknown {
  return { memories: new Map([...folded.memories].sort(([a], [b]) => (a < b ? -1 : 1))), reviews: [...folded.reviews], lastReview: folded.lastReview, skipped: folded.skipped };
}

class MemoryStore implements SnapshotStore {
  snapshot: JournalSnapshot | undefined;
  writes = 0;
  bytes: Uint8Array | undefined;

  async read(): Promise<JournalSnapshot | undefined> {
    const bytes = this.bytes;
    if (!bytes) return undefined;
    return readSnapshot((position, length) => Promise.resolve(bytes.slice(position, position + length)));
  }

  async write(snapshot: JournalSnapshot): Promise<void> {
    const parts: Uint8Array[] = [];
    const whole = await writeSnapshot(snapshot, (bytes) => {
      parts.push(bytes.slice());
      return Promise.resolve();
    });
    assert.ok(whole, 'the snapshot was written whole');
    this.bytes = Buffer.concat(parts);
    this.writes += 1;
  }

  remove(): Promise<void> {
    this.bytes = undefined;
    return Promise.resolve();
  }
}

/**
 * Counts turns of the event loop (one setImmediate after another) while `work` runs, and
 * which turn each `mark()` fell in: work that never yields puts every mark in one turn.
 */
async function countTurns<T>(work: (mark: () => void) => Promise<T>): Promise<{ result: T; turns: number; mostMarksInOneTurn: number }> {
  let turn = 0;
  let running = true;
  const tick = (): void => {
    turn += 1;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const marks = new Map<number, number>();
  try {
    const result = await work(() => marks.set(turn, (marks.get(turn) ?? 0) + 1));
    return { result, turns: turn, mostMarksInOneTurn: Math.max(0, ...marks.values()) };
  } finally {
    running = false;
  }
}

describe('ReviewLog', () => {
  it('holds reviews in columns and gives back exactly what went in, across blocks', () => {
    const log = new ReviewLog();
    const events = Array.from({ length: ReviewLog.blockRows + 50 }, (_, index) => review(index, index === 3 ? { id: 'not-a-uuid' } : {}));
    for (const event of events) {
      const data = event.data as { cardId: string; grade: Grade; previousStage: 'new' | 'review'; memory: CardMemory };
      log.push({ eventId: event.id, time: event.time, ...data });
    }
    assert.equal(log.length, events.length);
    for (const index of [0, 3, 17, ReviewLog.blockRows - 1, ReviewLog.blockRows, events.length - 1]) {
      const event = events[index] as JournalEvent;
      const data = event.data as { cardId: string; grade: Grade; previousStage: string; memory: CardMemory };
      assert.deepEqual(log.at(index), { eventId: event.id, time: event.time, cardId: data.cardId, grade: data.grade, previousStage: data.previousStage, memory: data.memory }, `row ${index}`);
    }
    assert.equal(log.at(-1)?.eventId, events.at(-1)?.id);
    assert.equal(log.at(events.length), undefined);
  });

  it('puts rows in time order (ties by id) and keeps one copy of an event written twice', () => {
    const log = new ReviewLog();
    const rows = [review(5), review(1), review(3, { time: start + 5000, id: uuid(0) }), review(1)];
    for (const event of rows) log.push({ eventId: event.id, time: event.time, ...(event.data as { cardId: string; grade: Grade; previousStage: 'review'; memory: CardMemory }) });
    log.settle();
    assert.deepEqual([...log].map((row) => row.eventId), [uuid(1), uuid(0), uuid(5)]);
  });

  it('a sliced fold gives the event loop a turn every few thousand rows, and folds exactly as the whole one', async () => {
    // Out of order (a whole sort) and with undos (rows removed): both passes have work in every step.
    const events = Array.from({ length: 40_000 }, (_, index) => review(index, { time: start + ((index * 7919) % 40_000) * 1000 }));
    const undone = events.filter((_, index) => index % 1000 === 5).map((event, index) => undo(`u-${index}`, event.id, start + 50_000_000));
    const folder = new ReviewFolder();
    for (const event of [...events, ...undone]) folder.add(event);
    const { result, turns } = await countTurns(() => folder.finishSliced(0));
    // 40,000 rows in steps of 8,192 rows, in each of the two passes, and the memories by
    // themselves: more than ten turns. Steps of 65,536 rows gave two.
    assert.ok(turns >= 10, `${turns} turns of the event loop`);
    assert.deepEqual(view(result), view(foldReviews([...events, ...undone])));
  });

  it('gives back every id exactly, a UUID packed into words or any other id as it was, and removes either kind by id', () => {
    const ids = [
      'ffffffff-ffff-4fff-bfff-ffffffffffff', // every bit set: the words are unsigned
      '00000000-0000-0000-0000-000000000000',
      '0123abcd-4567-89ef-0a1b-2c3d4e5f6789',
      '0123ABCD-4567-89EF-0A1B-2C3D4E5F6789', // upper case: not canonical, kept as written
      '0123abcd-4567-89ef-0a1b-2c3d4e5f678g', // a letter that is not hex, last
      'g123abcd-4567-89ef-0a1b-2c3d4e5f6789', // … first
      '0123abcd-4567-89ef-0a1b-2c3d4e5f67890', // one digit too many
      '0123abcd4567-89ef-0a1b-2c3d4e5f67890', // a dash missing
      '0123abcd-4567-89ef-0a1b-2c3d4e5f678',
      '',
      'not-a-uuid',
    ];
    const log = new ReviewLog();
    ids.forEach((id, index) => {
      const data = review(index).data as { cardId: string; grade: Grade; previousStage: 'review'; memory: CardMemory };
      log.push({ eventId: id, time: start + index, ...data });
    });
    assert.deepEqual([...log].map((row) => row.eventId), ids);
    log.removeIds(new Set([ids[0] as string, ids[3] as string, ids[10] as string, 'ffffffff-0000-4000-8000-000000000000']));
    assert.deepEqual([...log].map((row) => row.eventId), ids.filter((_, index) => ![0, 3, 10].includes(index)));
  });
});

describe('reading the journal as a stream', () => {
  const collect = (): { visitor: JournalVisitor; events: JournalEvent[]; problems: [number, string][] } => {
    const events: JournalEvent[] = [];
    const problems: [number, string][] = [];
    return { events, problems, visitor: { event: (event) => events.push(event), problem: (problem) => problems.push([problem.line, problem.text]) } };
  };
  const handleOf = (bytes: Uint8Array) => ({
    read: (buffer: Uint8Array, offset: number, length: number, position: number) => {
      const part = bytes.subarray(position, position + length);
      buffer.set(part, offset);
      return Promise.resolve({ bytesRead: part.length });
    },
  });

  it('gives the same events and line numbers whatever the chunk size, lines split anywhere, with a BOM and CRLF', async () => {
    const text = '\ufeff' + [review(1), other('o', start), review(2)].map((event) => JSON.stringify(event)).join('\r\n') + '\r\nnot json\r\n\r\n' + JSON.stringify(review(3));
    const bytes = new TextEncoder().encode(text);
    for (const chunkBytes of [1, 7, 64, 1 << 20]) {
      const { visitor, events, problems } = collect();
      const position = await readJournalLines(handleOf(bytes), visitor, { chunkBytes });
      assert.deepEqual(events.map((event) => event.id), [uuid(1), 'o', uuid(2), uuid(3)], `chunks of ${chunkBytes}`);
      assert.deepEqual(problems, [[4, 'not json']]);
      // The last line has no newline: read, but `end` stops before it so a later read sees it again.
      assert.equal(position.lines, 5);
      assert.equal(position.end, bytes.length - JSON.stringify(review(3)).length);
    }
  });

  it('gives the event loop a turn within a chunk, not only between chunks', async () => {
    const bytes = new TextEncoder().encode(Array.from({ length: 1000 }, (_, index) => JSON.stringify(review(index))).join('\n') + '\n');
    assert.ok(bytes.length < 1 << 20, 'the journal fits in one chunk');
    const { result: count, mostMarksInOneTurn } = await countTurns(async (mark) => {
      let visited = 0;
      await readJournalLines(handleOf(bytes), { event: () => { visited += 1; mark(); }, problem: () => undefined }, { sliceMs: 0 });
      return visited;
    });
    assert.equal(count, 1000);
    // A look at the clock every 64 lines; the whole chunk in one turn before.
    assert.ok(mostMarksInOneTurn <= 64, `${mostMarksInOneTurn} lines parsed in one turn`);
  });

  it('reads on from a position, numbering lines from there', async () => {
    const first = JSON.stringify(review(1)) + '\n';
    const bytes = new TextEncoder().encode(first + 'oops\n' + JSON.stringify(review(2)) + '\n');
    const { visitor, events, problems } = collect();
    const position = await readJournalLines(handleOf(bytes), visitor, { from: { end: first.length, lines: 1 } });
    assert.deepEqual(events.map((event) => event.id), [uuid(2)]);
    assert.deepEqual(problems, [[2, 'oops']]);
    assert.deepEqual(position, { end: bytes.length, lines: 3 });
  });

  it('a line too long to be an event is reported from its opening, without being held whole', async () => {
    const huge = 'x'.repeat(17 * 1024 * 1024);
    const bytes = new TextEncoder().encode(`${JSON.stringify(review(1))}\n${huge}\n${JSON.stringify(review(2))}\n`);
    const { visitor, events, problems } = collect();
    await readJournalLines(handleOf(bytes), visitor, { chunkBytes: 1 << 20 });
    assert.deepEqual(events.map((event) => event.id), [uuid(1), uuid(2)]);
    assert.deepEqual(problems, [[2, 'x'.repeat(80)]]);
  });
});

describe('loading the journal with a snapshot', () => {
  let directory: string;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-scale-'));
  });

  afterEach(() => {
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const write = (events: readonly JournalEvent[]): void => {
    fs.appendFileSync(journalFilePath(directory), events.map((event) => JSON.stringify(event) + '\n').join(''));
  };
  const reference = (): FoldedReviews => {
    const events = fs.readFileSync(journalFilePath(directory), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as JournalEvent);
    return foldReviews(events);
  };

  it('a large journal leaves a snapshot; the next load uses it and reads only the lines after it, with the same result', async () => {
    const store = new MemoryStore();
    write([...Array.from({ length: 300 }, (_, index) => review(index)), other('tick-1', start + 10)]);
    const first = await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 });
    assert.equal(first.from, 'journal');
    assert.equal(await first.settle(), 'written');
    assert.deepEqual(view(first.reviews), view(reference()));

    write([review(300), undo('u1', uuid(299), start + 301_000), other('tick-2', start + 302_000)]);
    const second = await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 });
    assert.equal(second.from, 'snapshot');
    assert.deepEqual(view(second.reviews), view(reference()), 'the snapshot and the lines after it fold as the whole journal does');
    assert.deepEqual(second.events.map((event) => event.id), ['tick-1', 'tick-2']);
    assert.equal(second.reviews.reviews.length, 300, 'review 299 undone, review 300 added');
    assert.equal(await second.settle(), 'verified');
  });

  it('a snapshot that disagrees with the journal is not used: quick marks at once, the whole journal in the background', async () => {
    const store = new MemoryStore();
    const events = Array.from({ length: 200 }, (_, index) => review(index));
    write(events);
    await (await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 })).settle();

    // The journal's last line before the mark changed (another tool rewrote it): refused before use.
    const file = journalFilePath(directory);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(`"grade":${((199 % 4) + 1)}`, '"grade":1'));
    const changedEnd = await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 });
    assert.equal(changedEnd.from, 'journal');
    assert.deepEqual(view(changedEnd.reviews), view(reference()));

    // A line in the middle changed: the quick marks pass, the background check finds it.
    fs.writeFileSync(file, text);
    await (await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 })).settle();
    fs.writeFileSync(file, text.replace(`"stability":${memory(100).stability}`, `"stability":${memory(100).stability + 1}`));
    const changedMiddle = await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 });
    assert.equal(changedMiddle.from, 'snapshot');
    assert.equal(await changedMiddle.settle(), 'stale', 'the caller reads the journal again');
  });

  it('lines merged in with earlier times (another machine) make a whole read, in time order', async () => {
    const store = new MemoryStore();
    write(Array.from({ length: 200 }, (_, index) => review(index * 2)));
    await (await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 })).settle();
    write([review(1, { card: 'laptop' }), review(3, { card: 'laptop' })]);
    const loaded = await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 });
    assert.equal(loaded.from, 'journal');
    assert.deepEqual(view(loaded.reviews), view(reference()));
    assert.deepEqual([...loaded.reviews.reviews].slice(0, 4).map((row) => row.eventId), [uuid(0), uuid(1), uuid(2), uuid(3)]);
  });

  it('reviews recorded after the load grow the log in place; undo takes the newest back', async () => {
    write(Array.from({ length: 50 }, (_, index) => review(index)));
    const loaded = await loadStudyJournal(new Journal(directory), undefined);
    let folded = loaded.reviews;
    folded = foldAppended(folded, [review(50, { card: 'fresh' })]);
    assert.deepEqual(folded.memories.get('fresh'), memory(50));
    folded = foldAppended(folded, [undo('u', uuid(50), start + 51_000)]);
    assert.equal(folded.memories.has('fresh'), false);
    assert.equal(folded.lastReview?.eventId, uuid(49));
    assert.equal(folded.reviews.length, 50);
  });

  it('a damaged snapshot file is ignored and the journal read whole', async () => {
    const store = new MemoryStore();
    write(Array.from({ length: 200 }, (_, index) => review(index)));
    await (await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 })).settle();
    const bytes = store.bytes as Uint8Array;
    store.bytes = bytes.slice(0, bytes.length - 9);
    assert.equal(await store.read(), undefined, 'a cut snapshot does not decode');
    const loaded = await loadStudyJournal(new Journal(directory), store, { snapshotMinEvents: 100 });
    assert.equal(loaded.from, 'journal');
    assert.deepEqual(view(loaded.reviews), view(reference()));
  });
});
