import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import type { ParseKind, ParseRequest, ParseResults } from '../core/parseRequests';

/**
 * What the parsers made of each file the last time, by a hash of the file's text, name and
 * options, in the extension's own storage. At start-up the decks, loops and problems are
 * the same files as last time: read back from here, the parser's worker need not start
 * (its start and the parse of the built-in content took 0.2–1 s of a busy host after a
 * reload), and the counts show sooner. The file names the parsers' build (`stamp`), so a
 * new version of Loop Prep parses everything once again.
 */
export class ParseCache {
  private loading: Promise<ReadonlyMap<string, Uint8Array>> | undefined;
  /** The entries read or parsed this session: what the next write keeps. */
  private readonly used = new Map<string, Uint8Array>();
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    /** The cache file (in the extension's global storage). */
    readonly file: string,
    /** The parsers' build: results made by another build are not used. */
    private readonly stamp: () => string,
    private readonly warn: (message: string) => void,
    /** How long after the last new result the file is written. */
    private readonly writeDelayMs = 2_000,
  ) {}

  /** The request's key, or undefined for a request not kept (a large file, or a kind whose options are large). */
  key(request: ParseRequest): string | undefined {
    if (!cachedKinds.has(request.kind) || request.text.length > maxCachedCharacters) return undefined;
    return createHash('sha1').update(`${request.kind}\0${request.file}\0${optionsKey(request.options)}\0`).update(request.text).digest('hex');
  }

  /** The result kept under `key`, as a fresh copy; undefined when there is none (or it cannot be read). */
  async get<K extends ParseKind>(key: string): Promise<ParseResults[K] | undefined> {
    const bytes = (await this.read()).get(key) ?? this.used.get(key);
    if (!bytes) return undefined;
    try {
      const result = v8.deserialize(bytes) as ParseResults[K];
      this.used.set(key, bytes);
      return result;
    } catch {
      return undefined;
    }
  }

  /** Keeps a new result; the file is written a moment after the last one. A failed parse is not kept (the next start tries again). */
  set(key: string, result: ParseResults[ParseKind]): void {
    if (this.disposed || ('diagnostics' in result && result.diagnostics.some((problem) => problem.code === 'parse-failed'))) return;
    try {
      this.used.set(key, v8.serialize(result));
    } catch {
      return;
    }
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => { void this.flush(); }, this.writeDelayMs);
    // A pending write must not keep a closing host (or a test run) alive.
    this.writeTimer.unref();
  }

  /** Writes what this session used now (a write already due is not waited for again); a failure is a warning, never an error. */
  flush(): Promise<void> {
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    this.writing = this.writing.then(() => this.write()).catch((error: unknown) => {
      this.warn(`Could not keep the parsed decks for the next start (${error instanceof Error ? error.message : String(error)}); they are parsed again then.`);
    });
    return this.writing;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.writeTimer);
  }

  private read(): Promise<ReadonlyMap<string, Uint8Array>> {
    this.loading ??= Promise.resolve(this.readFile());
    return this.loading;
  }

  private readFile(): ReadonlyMap<string, Uint8Array> {
    // Read in one synchronous call, not through Node's thread pool: at start-up the pool
    // is busy (deck files, the journal, practice folders), and reading this file of 1–2 MB
    // asynchronously waited about 150 ms for its turns (traced in the reload bench, with
    // 500 practice folders); synchronously it takes a millisecond or two.
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(this.file);
    } catch {
      bytes = undefined;
    }
    const stamp = this.stamp();
    if (!bytes) return new Map<string, Uint8Array>();
    try {
      const stored = v8.deserialize(bytes) as unknown;
      if (!isStored(stored) || stored.format !== format || stored.stamp !== stamp) return new Map<string, Uint8Array>();
      return new Map(stored.entries);
    } catch {
      // A torn or foreign file: everything is parsed again, and the next write replaces it.
      return new Map<string, Uint8Array>();
    }
  }

  private async write(): Promise<void> {
    if (this.disposed || this.used.size === 0) return;
    const stored: Stored = { format, stamp: this.stamp(), entries: [...this.used] };
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    // Written aside and renamed into place: a crash never leaves half a file under the real name.
    const partial = `${this.file}.${process.pid}.tmp`;
    try {
      await fs.writeFile(partial, v8.serialize(stored));
      await fs.rename(partial, this.file);
    } finally {
      await fs.rm(partial, { force: true });
    }
  }
}

const format = 'loop-prep-parse-cache/1';
/** The kinds kept: start-up waits for them, and their options are small. */
const cachedKinds: ReadonlySet<ParseKind> = new Set<ParseKind>(['deck', 'loop', 'problemMeta']);
/** A larger file is parsed every time: its result would slow every read and write of the cache. */
const maxCachedCharacters = 512 * 1024;

interface Stored {
  readonly format: string;
  readonly stamp: string;
  readonly entries: readonly (readonly [string, Uint8Array])[];
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const { format: storedFormat, stamp, entries } = value as Record<string, unknown>;
  return typeof storedFormat === 'string' && typeof stamp === 'string' && Array.isArray(entries)
    && entries.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && entry[1] instanceof Uint8Array);
}

/** The options as text, a set as its sorted members. */
function optionsKey(options: object): string {
  return JSON.stringify(options, (_key, value: unknown) => (value instanceof Set ? [...(value as Set<unknown>)].map(String).sort() : value));
}
