import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { foldAppended, foldedLog, isReviewFoldEvent, ReviewFolder, type FoldedReviews } from '../scheduling/fold';
import { inTimeOrder, type JournalEvent, type JournalProblem } from './journalEvents';
import type { Journal } from './journal';
import { markBytes, type JournalSnapshot, type SnapshotMark } from './snapshot';

// Loading the learner's journal at any size (issue 16): read as a stream into the review
// log's columns, or, when a snapshot of an earlier load matches the journal's bytes, from
// the snapshot plus the lines appended since. Checking the whole journal against the
// snapshot waits until after the load is shown (`settle`); a snapshot that disagrees is
// thrown away and the journal read again.

/** Where snapshots are kept (the shell writes them atomically in the extension's storage). */
export interface SnapshotStore {
  read(): Promise<JournalSnapshot | undefined>;
  write(snapshot: JournalSnapshot): Promise<void>;
  remove(): Promise<void>;
}

export interface LoadedJournal {
  readonly reviews: FoldedReviews;
  /** The events other than reviews and undos, once per id, in time order. */
  readonly events: JournalEvent[];
  readonly problems: JournalProblem[];
  /** How many events the journal holds (as loaded). */
  readonly eventCount: number;
  readonly from: 'snapshot' | 'journal';
  /**
   * Work for after the load is shown: checks a snapshot that was used against every byte it
   * stands for ('stale': it disagrees; load again without it) and writes a new snapshot when
   * one is due ('written').
   */
  readonly settle: () => Promise<'verified' | 'stale' | 'written' | 'none'>;
}

export interface LoadOptions {
  /** Journals with fewer events get no snapshot: reading them whole is quick. */
  readonly snapshotMinEvents?: number;
}

const defaultSnapshotMinEvents = 20_000;

export async function loadStudyJournal(journal: Journal, store: SnapshotStore | undefined, options: LoadOptions = {}): Promise<LoadedJournal> {
  const minEvents = options.snapshotMinEvents ?? defaultSnapshotMinEvents;
  const snapshot = store ? await store.read().catch(() => undefined) : undefined;
  if (snapshot && store) {
    const loaded = await fromSnapshot(journal, snapshot, store, minEvents);
    if (loaded) return loaded;
  }
  return readWhole(journal, store, minEvents);
}

/** The journal read from its first line. */
async function readWhole(journal: Journal, store: SnapshotStore | undefined, minEvents: number): Promise<LoadedJournal> {
  const folder = new ReviewFolder();
  const events: JournalEvent[] = [];
  const problems: JournalProblem[] = [];
  const seen = new Set<string>();
  const hash = createHash('sha1');
  let bytesRead = 0;
  let eventCount = 0;
  const position = await journal.read(
    {
      event(event) {
        eventCount += 1;
        if (isReviewFoldEvent(event)) folder.add(event);
        else if (!seen.has(event.id)) {
          seen.add(event.id);
          events.push(event);
        }
      },
      problem(problem) {
        problems.push(problem);
      },
    },
    {
      onBytes: (bytes) => {
        hash.update(bytes);
        bytesRead += bytes.length;
      },
    },
  );
  const reviews = await folder.finishSliced();
  const ordered = inTimeOrder(events);
  // Taken now, before any event is recorded: the snapshot stands for the journal as read.
  const taken: Omit<JournalSnapshot, 'mark'> = { events: [...ordered], problems: [...problems], skipped: [...reviews.skipped], reviews: folder.log, rows: folder.log.length };
  // A torn last line (not in `end`) or a journal that grew while it was read: no snapshot this time.
  const clean = bytesRead === position.end;
  const whole = hash.digest('hex');
  const settle = async (): Promise<'written' | 'none'> => {
    if (!store || !clean || eventCount < minEvents || position.end === 0) return 'none';
    const mark = await markOf(journal, position.end, position.lines, whole);
    await store.write({ ...taken, mark });
    return 'written';
  };
  return { reviews, events: ordered, problems, eventCount, from: 'journal', settle };
}

/** The snapshot and the lines after it, or undefined when the snapshot cannot stand for the journal's start. */
async function fromSnapshot(journal: Journal, snapshot: JournalSnapshot, store: SnapshotStore, minEvents: number): Promise<LoadedJournal | undefined> {
  const { mark } = snapshot;
  const head = await journal.readBytes(0, Math.min(markBytes, mark.end));
  const tail = await journal.readBytes(Math.max(0, mark.end - markBytes), Math.min(markBytes, mark.end));
  if (sha1(head) !== mark.head || sha1(tail) !== mark.tail) return undefined;
  const added: JournalEvent[] = [];
  const problems = [...snapshot.problems];
  const position = await journal.read({ event: (event) => added.push(event), problem: (problem) => problems.push(problem) }, { from: mark });
  const log = snapshot.reviews;
  const lastTime = log.length > 0 ? log.timeAt(log.length - 1) : -Infinity;
  const reviewEvents = inTimeOrder(added.filter(isReviewFoldEvent));
  // A line merged in from another machine with an earlier time (or a copy of an event the
  // snapshot holds) belongs before the snapshot's end: only a whole read puts it in order.
  if (reviewEvents.some((event) => event.time <= lastTime)) return undefined;
  // Each card's memory from millions of rows, in a task of its own (as in a whole read).
  await nextTurn();
  const reviews = foldAppended(foldedLog(log, snapshot.skipped), reviewEvents);
  await nextTurn();
  const seen = new Set(snapshot.events.map((event) => event.id));
  const events = [...snapshot.events];
  for (const event of added) {
    if (isReviewFoldEvent(event) || seen.has(event.id)) continue;
    seen.add(event.id);
    events.push(event);
  }
  const ordered = inTimeOrder(events);
  const taken: Omit<JournalSnapshot, 'mark'> = { events: [...ordered], problems: [...problems], skipped: [...reviews.skipped], reviews: log, rows: log.length };
  const settle = async (): Promise<'verified' | 'stale' | 'written'> => {
    // Every byte the snapshot stands for, then the lines read after it: one pass gives both hashes.
    const hash = createHash('sha1');
    let at = 0;
    let whole: string | undefined;
    const chunk = 1024 * 1024;
    let sliceStart = performance.now();
    while (at < position.end) {
      const length = Math.min(chunk, (at < mark.end ? mark.end : position.end) - at);
      const bytes = await journal.readBytes(at, length);
      if (bytes.length !== length) return 'stale';
      hash.update(bytes);
      at += length;
      if (at === mark.end) {
        whole = hash.copy().digest('hex');
        if (whole !== mark.whole) return 'stale';
      }
      if (performance.now() - sliceStart > 8) {
        await nextTurn();
        sliceStart = performance.now();
      }
    }
    if (mark.end === 0 && mark.whole !== sha1(new Uint8Array())) return 'stale';
    const addedEvents = added.length;
    // Rewritten once the lines after it are many, so the next start reads few.
    if (addedEvents < Math.max(minEvents, taken.rows / 10) || position.end === mark.end) return 'verified';
    await store.write({ ...taken, mark: await markOf(journal, position.end, position.lines, hash.digest('hex')) });
    return 'written';
  };
  return { reviews, events: ordered, problems, eventCount: snapshot.rows + snapshot.events.length + added.length, from: 'snapshot', settle };
}

async function markOf(journal: Journal, end: number, lines: number, whole: string): Promise<SnapshotMark> {
  const head = await journal.readBytes(0, Math.min(markBytes, end));
  const tail = await journal.readBytes(Math.max(0, end - markBytes), Math.min(markBytes, end));
  return { end, lines, head: sha1(head), tail: sha1(tail), whole };
}

function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
