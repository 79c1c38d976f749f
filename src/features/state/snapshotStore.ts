import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readSnapshot, writeSnapshot, type JournalSnapshot } from '../../core/journal/snapshot';
import type { SnapshotStore } from '../../core/journal/studyJournal';

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
