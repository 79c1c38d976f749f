import nodeFileSystem from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { collectJournal, describeEnvelopeProblem, isJournalEvent, type JournalEvent, type JournalProblem, type JournalVisitor, type ParsedJournal } from './journalEvents';
import { readJournalLines, type JournalPosition, type ReadOptions } from './journalReader';

export {
  compareJournalEvents,
  describeEnvelopeProblem,
  isJournalEvent,
  mergeJournalEvents,
  parseJournal,
  problemTextLength,
  type JournalEvent,
  type JournalProblem,
  type JournalVisitor,
  type ParsedJournal,
} from './journalEvents';
export type { JournalPosition, ReadOptions } from './journalReader';

/** The journal's file name inside the data directory. */
export const journalFileName = 'journal.jsonl';
/** How many daily backups are kept. */
export const journalBackupsToKeep = 7;

const gitAttributesLine = `${journalFileName} merge=union`;
// With the data directory synced by git, two machines each append lines at the end of the
// journal; git's union merge keeps both sides' lines instead of writing conflict markers.
const gitAttributesContent = `# Loop Prep: keep both machines' lines when merging the append-only journal.\n${gitAttributesLine}\n`;
const backupName = /^journal-\d{4}-\d{2}-\d{2}\.jsonl$/;
const newline = 0x0a;
/** How long to wait (ms) before looking again at a journal that seems to end in a torn line. */
const tornTailPauses = [1, 4, 16];

/** The journal file in a data directory. */
export function journalFilePath(directory: string): string {
  return path.join(directory, journalFileName);
}

/** The folder of daily journal backups in a data directory. */
export function journalBackupDirectory(directory: string): string {
  return path.join(directory, 'backups');
}

/** An event to append: `id` and `time` are filled in when left out. */
export interface JournalEventInput {
  readonly type: string;
  readonly data: unknown;
  readonly id?: string;
  readonly time?: number;
}

/** A loaded journal, with the problems this `Journal` has not reported before. */
export interface JournalLoad extends ParsedJournal {
  /** Problems not returned by an earlier `load()`, so the UI reports each bad line once. */
  readonly newProblems: JournalProblem[];
}

/** The part of a `node:fs/promises` file handle the journal uses. */
export interface JournalFileHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  stat(): Promise<{ size: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of `node:fs/promises` the journal uses; tests inject faults through it. */
export interface JournalFileSystem {
  open(file: string, flags: 'a' | 'r'): Promise<JournalFileHandle>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  appendFile(file: string, data: string): Promise<void>;
  mkdir(directory: string, options: { recursive: true }): Promise<unknown>;
  readdir(directory: string): Promise<string[]>;
  copyFile(source: string, destination: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

/** What a `Journal` is built with; both default to the real thing. */
export interface JournalOptions {
  readonly now?: () => number;
  readonly fileSystem?: JournalFileSystem;
}

/**
 * The append-only journal (`journal.jsonl`) in a data directory. Appends are durable
 * (one O_APPEND write, then fsync) and serialized within this process; loads return the
 * events for the features to fold.
 */
export class Journal {
  /** The journal file. */
  readonly file: string;
  private readonly now: () => number;
  private readonly fileSystem: JournalFileSystem;
  /** The tail of the chain every file operation of this instance runs on; never rejects. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly reportedProblems = new Set<string>();

  constructor(
    readonly directory: string,
    options: JournalOptions = {},
  ) {
    this.file = journalFilePath(directory);
    this.now = options.now ?? Date.now;
    this.fileSystem = options.fileSystem ?? nodeFileSystem;
  }

  /**
   * Appends events and resolves with them (as a later load reads them) once they are on
   * disk. If it rejects, the events may or may not have been written: appending them
   * again with the same ids is safe, because loading keeps one event per id.
   */
  async append(input: JournalEventInput | readonly JournalEventInput[]): Promise<JournalEvent[]> {
    const inputs = isInputList(input) ? input : [input];
    // Built before queuing, so a bad input rejects without touching the file and the
    // time is when the user acted, not when an earlier append let this one through.
    const lines = inputs.map((event) => this.serialize(event));
    if (lines.length === 0) return [];
    const text = lines.join('\n') + '\n';
    await this.exclusive(() => this.write(text));
    return lines.map((line) => JSON.parse(line) as JournalEvent);
  }

  /** Reads the whole journal; a missing file is an empty journal. */
  async load(): Promise<JournalLoad> {
    const collected = collectJournal();
    await this.read(collected.visitor);
    const { events, problems } = collected.parsed();
    return { events, problems, newProblems: this.newProblems(problems) };
  }

  /**
   * Reads the journal line by line from `options.from` (a position an earlier read
   * returned), handing each event and each skipped line to `visitor` as it goes and giving
   * the event loop a turn every few milliseconds. A missing file reads as empty. Appends by
   * this instance wait until the read is done.
   */
  read(visitor: JournalVisitor, options: ReadOptions = {}): Promise<JournalPosition & { readonly size: number }> {
    return this.exclusive(async () => {
      let handle: JournalFileHandle;
      try {
        handle = await this.fileSystem.open(this.file, 'r');
      } catch (error) {
        if (isNotFound(error)) return { end: 0, lines: 0, size: 0 };
        throw error;
      }
      try {
        const { size } = await handle.stat();
        return { ...(await readJournalLines(handle, visitor, options)), size };
      } finally {
        await handle.close().catch(() => undefined);
      }
    });
  }

  /** Up to `length` bytes of the journal from `start` (fewer at its end; none if it is missing). */
  readBytes(start: number, length: number): Promise<Uint8Array> {
    return this.exclusive(async () => {
      let handle: JournalFileHandle;
      try {
        handle = await this.fileSystem.open(this.file, 'r');
      } catch (error) {
        if (isNotFound(error)) return new Uint8Array();
        throw error;
      }
      try {
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, start + filled);
          if (bytesRead <= 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      } finally {
        await handle.close().catch(() => undefined);
      }
    });
  }

  /** The problems among `problems` this instance has not reported before, so the UI reports each bad line once. */
  newProblems(problems: readonly JournalProblem[]): JournalProblem[] {
    return problems.filter((problem) => {
      // Lines are only ever added at the end, so a bad line keeps its number and text.
      const key = `${problem.line}\n${problem.text}`;
      if (this.reportedProblems.has(key)) return false;
      this.reportedProblems.add(key);
      return true;
    });
  }

  /**
   * Copies the journal to `backups/journal-YYYY-MM-DD.jsonl` unless today's copy exists
   * (the day is the UTC date of `now()`: a backup a few hours early or late is fine), then
   * keeps only the newest backups. Returns the path written, if any.
   */
  backupIfDue(): Promise<string | undefined> {
    return this.exclusive(async () => {
      const folder = journalBackupDirectory(this.directory);
      const name = `journal-${new Date(this.now()).toISOString().slice(0, 10)}.jsonl`;
      let existing: string[] = [];
      try {
        existing = await this.fileSystem.readdir(folder);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      if (existing.includes(name)) return undefined;
      await this.fileSystem.mkdir(folder, { recursive: true });
      const target = path.join(folder, name);
      // Copied under another name and renamed, so a crash mid-copy never leaves a
      // truncated file that counts as today's backup.
      const partial = `${target}.partial`;
      try {
        await this.fileSystem.copyFile(this.file, partial);
      } catch (error) {
        if (isNotFound(error)) return undefined; // no journal yet: nothing to back up
        throw error;
      }
      await this.fileSystem.rename(partial, target);
      const backups = [...existing.filter((file) => backupName.test(file)), name].sort();
      for (const old of backups.slice(0, -journalBackupsToKeep)) {
        try {
          await this.fileSystem.unlink(path.join(folder, old));
        } catch (error) {
          // Another window may have pruned it first.
          if (!isNotFound(error)) throw error;
        }
      }
      return target;
    });
  }

  private serialize(input: JournalEventInput): string {
    const event = {
      v: 1,
      id: input.id ?? globalThis.crypto.randomUUID(),
      type: input.type,
      time: input.time ?? this.now(),
      data: input.data,
    };
    if (!isJournalEvent(event)) throw new TypeError(`Cannot append to the journal: ${describeEnvelopeProblem(event)}.`);
    // JSON.stringify escapes newlines inside strings, so each event is exactly one line.
    return JSON.stringify(event);
  }

  private async write(text: string): Promise<void> {
    const tail = await this.readTail();
    if (tail === 'missing') {
      await this.fileSystem.mkdir(this.directory, { recursive: true });
      await this.writeGitAttributes();
    }
    // A crash mid-write leaves a torn last line; start on a fresh line so the new events
    // do not glue onto it (the torn line alone is then skipped and reported).
    const bytes = Buffer.from(tail === 'torn' ? `\n${text}` : text, 'utf8');
    // O_APPEND: on a local disk each write lands whole at the end, never interleaved with
    // another process's (network file systems may not promise this).
    const handle = await this.fileSystem.open(this.file, 'a');
    try {
      await writeFully(handle, bytes);
      await handle.sync();
    } finally {
      // After a successful fsync the events are durable; a failing close changes nothing.
      await handle.close().catch(() => undefined);
    }
  }

  /** Whether the journal is missing, ends cleanly (or is empty), or ends in a torn line. */
  private async readTail(): Promise<'missing' | 'clean' | 'torn'> {
    let handle: JournalFileHandle;
    try {
      handle = await this.fileSystem.open(this.file, 'r');
    } catch (error) {
      if (isNotFound(error)) return 'missing';
      throw error;
    }
    try {
      const last = new Uint8Array(1);
      // The file grows page by page while another process appends, so that append shows
      // for a moment as a line without its newline: only a tail that stays unfinished is torn.
      for (let look = 0; ; look++) {
        const { size } = await handle.stat();
        if (size === 0) return 'clean';
        await handle.read(last, 0, 1, size - 1);
        if (last[0] === newline) return 'clean';
        const pause = tornTailPauses[look];
        if (pause === undefined) return 'torn';
        await delay(pause);
      }
    } finally {
      await handle.close();
    }
  }

  private async writeGitAttributes(): Promise<void> {
    const file = path.join(this.directory, '.gitattributes');
    let existing = '';
    try {
      existing = await this.fileSystem.readFile(file, 'utf8');
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    // The data directory may be the user's own repository: add our line, keep theirs.
    if (existing.split(/\r?\n/).some((line) => line.trim() === gitAttributesLine)) return;
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
    await this.fileSystem.appendFile(file, separator + gitAttributesContent);
  }

  /** Runs file operations one at a time; a failed one does not block those after it. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

async function writeFully(handle: JournalFileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  // A regular file takes a write whole, except on a full disk; finish a short write
  // rather than leave a torn line behind an append that reported success.
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) throw new Error(`Could not write to the journal (${bytes.length - offset} bytes left).`);
    offset += bytesWritten;
  }
}

function isInputList(input: JournalEventInput | readonly JournalEventInput[]): input is readonly JournalEventInput[] {
  return Array.isArray(input);
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
