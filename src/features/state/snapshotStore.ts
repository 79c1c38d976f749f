import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readSnapshot, writeSnapshot, type JournalSnapshot } from '../../core/journal/snapshot';
import type { SnapshotStore } from '../../core/journal/studyJournal';

/** Snapshots up to this size are read whole, at once (see SnapshotFile.read). */
const wholeReadBytes = 16 * 1024 * 1024;

/**
 * The journal's snapshot in the extension's own storage (one file per journal, named by a
 * hash of the journal's path), written to a temporary file and renamed into place, so a
 * crash never leaves half a snapshot under the real name.
 */
export class SnapshotFile implements SnapshotStore {
  readonly file: string;

  constructor(storageDirectory: string, journalFile: string) {
    this.file = path.join(storageDirectory, 'journal-snapshots', `${createHash('sha1').update(journalFile).digest('hex').slice(0, 16)}.snapshot`);
  }

  async read(): Promise<JournalSnapshot | undefined> {
    // A snapshot of up to ~160,000 reviews is read in one synchronous call: at start-up
    // Node's thread pool is busy (deck files, practice folders), and its nine asynchronous
    // reads waited about 150 ms for their turns (50,000 reviews and 500 practice folders,
    // traced in the reload bench), where one read of its 5 MB takes a few milliseconds. A
    // larger one is read in steps, so the host never stalls long on it.
    const size = statSync(this.file, { throwIfNoEntry: false })?.size;
    if (size === undefined) return undefined;
    if (size <= wholeReadBytes) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(this.file);
      } catch {
        return undefined;
      }
      // A turn of the event loop between blocks (setImmediate: no thread pool), so taking
      // the columns apart never stalls the host for long.
      return readSnapshot((position, length) => new Promise((resolve) => { setImmediate(() => { resolve(bytes.subarray(position, position + length)); }); }));
    }
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file, 'r');
    } catch {
      return undefined;
    }
    try {
      return await readSnapshot(async (position, length) => {
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
          if (bytesRead <= 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      });
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  async write(snapshot: JournalSnapshot): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const partial = `${this.file}.${process.pid}.tmp`;
    const handle = await fs.open(partial, 'w');
    let whole = false;
    try {
      whole = await writeSnapshot(snapshot, async (bytes) => {
        let offset = 0;
        while (offset < bytes.length) {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
          offset += bytesWritten;
        }
      });
    } finally {
      await handle.close().catch(() => undefined);
      if (!whole) await fs.rm(partial, { force: true });
    }
    if (whole) await fs.rename(partial, this.file);
  }

  async remove(): Promise<void> {
    await fs.rm(this.file, { force: true });
  }
}
