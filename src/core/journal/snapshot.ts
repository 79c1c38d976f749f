import { isJournalEvent, type JournalEvent, type JournalProblem } from './journalEvents';
import type { JournalPosition } from './journalReader';
import { ReviewLog, type ReviewColumns } from '../scheduling/reviewLog';

// A folded snapshot of the journal (issue 16): the review log in its columns and the other
// events, with where in the journal it was taken and hashes of the bytes it was taken from.
// The journal stays the one source of truth: a snapshot whose hashes do not match the
// journal is thrown away and the journal read again. It lives in the extension's own
// storage, never in the data directory (which the user may sync with git).
//
// Layout: "LPSNAP02", the header's length (u32, little-endian), the header (JSON), then the
// rows block by block (blocks of ReviewLog.blockRows), each block's columns one after the
// other, every column starting on a multiple of 8 bytes.

const magic = 'LPSNAP02';
const memoryWidth = 9;
const codeWidth = 4;

/** Where a snapshot was taken, and SHA-1 hashes of the journal's bytes it was taken from. */
export interface SnapshotMark extends JournalPosition {
  /** Of the first `markBytes` (fewer if the journal is shorter): checked before the snapshot is used. */
  readonly head: string;
  /** Of the last `markBytes` before `end`: checked before the snapshot is used. */
  readonly tail: string;
  /** Of every byte before `end`: checked in the background after the snapshot was used. */
  readonly whole: string;
}

/** How many bytes the head and tail hashes cover. */
export const markBytes = 4096;

export interface JournalSnapshot {
  readonly mark: SnapshotMark;
  /** The events that are not reviews or undos (the other folds read them), in time order. */
  readonly events: readonly JournalEvent[];
  /** The journal lines that were skipped, and why. */
  readonly problems: readonly JournalProblem[];
  /** Review events whose data was malformed (ids). */
  readonly skipped: readonly string[];
  readonly reviews: ReviewLog;
  /** How many of the log's rows the snapshot holds (reviews recorded after it was taken are not in it). */
  readonly rows: number;
}

interface Header {
  readonly mark: SnapshotMark;
  readonly rows: number;
  readonly cards: readonly string[];
  readonly strings: readonly string[];
  readonly events: readonly JournalEvent[];
  readonly problems: readonly JournalProblem[];
  readonly skipped: readonly string[];
}

const align = (offset: number): number => Math.ceil(offset / 8) * 8;

function bytesOf(column: Float64Array | Uint32Array | Uint8Array): Uint8Array {
  return new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
}

/**
 * Writes a snapshot through `write` (called with consecutive pieces) without copying the
 * log. Resolves false, having written a part only, if the log moved rows meanwhile (an
 * undo): the caller throws the file away.
 */
export async function writeSnapshot(snapshot: JournalSnapshot, write: (bytes: Uint8Array) => Promise<void>): Promise<boolean> {
  const log = snapshot.reviews;
  const rows = snapshot.rows;
  const moves = log.moves;
  const header: Header = { mark: snapshot.mark, rows, cards: [...log.cards], strings: [...log.strings], events: snapshot.events, problems: snapshot.problems, skipped: snapshot.skipped };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const opening = new Uint8Array(align(magic.length + 4 + headerBytes.length));
  opening.set(new TextEncoder().encode(magic), 0);
  new DataView(opening.buffer).setUint32(magic.length, headerBytes.length, true);
  opening.set(headerBytes, magic.length + 4);
  await write(opening);
  let written = 0;
  for (const block of log.blockViews()) {
    if (written >= rows) break;
    // Reviews recorded meanwhile grow the last block past the rows the header counts.
    const count = Math.min(block.time.length, rows - written);
    const columns = [block.time.subarray(0, count), block.memory.subarray(0, count * memoryWidth), block.card.subarray(0, count), block.codes.subarray(0, count * codeWidth), block.id.subarray(0, count * 4)];
    for (const column of columns) {
      const bytes = bytesOf(column);
      await write(bytes);
      const padding = align(bytes.length) - bytes.length;
      if (padding > 0) await write(new Uint8Array(padding));
    }
    written += count;
    if (log.moves !== moves) return false;
  }
  return log.moves === moves && written === rows && rows <= log.length;
}

/**
 * The snapshot read through `read` (bytes from a position, fewer only at the end), or
 * undefined for anything that is not a whole snapshot written by this version.
 */
export async function readSnapshot(read: (position: number, length: number) => Promise<Uint8Array>): Promise<JournalSnapshot | undefined> {
  try {
    const opening = await read(0, magic.length + 4);
    if (opening.length < magic.length + 4 || new TextDecoder().decode(opening.subarray(0, magic.length)) !== magic) return undefined;
    const headerLength = new DataView(opening.buffer, opening.byteOffset, opening.byteLength).getUint32(magic.length, true);
    const headerBytes = await read(magic.length + 4, headerLength);
    if (headerBytes.length !== headerLength) return undefined;
    const header = JSON.parse(new TextDecoder().decode(headerBytes)) as unknown;
    if (!isHeader(header)) return undefined;
    let at = align(magic.length + 4 + headerLength);
    const reviews = ReviewLog.withTables(header.cards, header.strings);
    for (let start = 0; start < header.rows; start += ReviewLog.blockRows) {
      const rows = Math.min(ReviewLog.blockRows, header.rows - start);
      const sizes = [rows * 8, rows * memoryWidth * 8, rows * 4, rows * codeWidth, rows * 16];
      const length = sizes.reduce((sum, size) => sum + align(size), 0);
      const bytes = await read(at, length);
      if (bytes.length !== length) return undefined;
      // Copied into fresh buffers: the file's bytes need not be aligned for a Float64Array.
      let offset = 0;
      const take = (size: number): ArrayBuffer => {
        // A copy (a Buffer's slice would share its pool: not aligned, not only these bytes).
        const copy = new Uint8Array(bytes.subarray(offset, offset + size)).buffer;
        offset += align(size);
        return copy;
      };
      const view: ReviewColumns = { time: new Float64Array(take(sizes[0] as number)), memory: new Float64Array(take(sizes[1] as number)), card: new Uint32Array(take(sizes[2] as number)), codes: new Uint8Array(take(sizes[3] as number)), id: new Uint32Array(take(sizes[4] as number)) };
      if (!reviews.appendBlock(view)) return undefined;
      at += length;
    }
    if ((await read(at, 1)).length !== 0) return undefined;
    if (reviews.length !== header.rows) return undefined;
    return { mark: header.mark, events: header.events, problems: header.problems, skipped: header.skipped, reviews, rows: reviews.length };
  } catch {
    return undefined;
  }
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isHash = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{40}$/.test(value);

function isProblem(value: unknown): value is JournalProblem {
  if (typeof value !== 'object' || value === null) return false;
  const problem = value as Record<string, unknown>;
  return isCount(problem['line']) && typeof problem['reason'] === 'string' && typeof problem['text'] === 'string';
}

function isHeader(value: unknown): value is Header {
  if (typeof value !== 'object' || value === null) return false;
  const header = value as Record<string, unknown>;
  const mark = header['mark'];
  if (typeof mark !== 'object' || mark === null) return false;
  const { end, lines, head, tail, whole } = mark as Record<string, unknown>;
  return (
    isCount(end) && isCount(lines) && isHash(head) && isHash(tail) && isHash(whole) &&
    isCount(header['rows']) &&
    isStringList(header['cards']) && isStringList(header['strings']) && isStringList(header['skipped']) &&
    Array.isArray(header['events']) && header['events'].every(isJournalEvent) &&
    Array.isArray(header['problems']) && header['problems'].every(isProblem)
  );
}
