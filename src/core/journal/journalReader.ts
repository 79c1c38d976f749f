import { setImmediate as nextTurn } from 'node:timers/promises';
import { journalProblem, problemTextLength, visitLine, type JournalVisitor } from './journalEvents';

export type { JournalVisitor } from './journalEvents';

// The journal read as a stream of lines (issue 16): never the whole file as one string (V8
// refuses strings past 512 MiB, about 1.4 M events), and the event loop gets a turn every
// few milliseconds, so a host reading a journal of millions of events does not stall.

/** Where a read stopped. */
export interface JournalPosition {
  /** The byte offset just after the last complete line (a torn last line is not included). */
  readonly end: number;
  /** How many lines end before `end`. */
  readonly lines: number;
}

/** The part of a file handle a read needs. */
export interface ReadableHandle {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

export interface ReadOptions {
  /** Where to start (a line boundary: the `end` of an earlier read); 0 by default. */
  readonly from?: JournalPosition;
  /** Bytes read at a time. */
  readonly chunkBytes?: number;
  /** Longest stretch of work (ms) before the event loop gets a turn. */
  readonly sliceMs?: number;
  /** Each chunk as read, before its lines are parsed (a hash of the journal is kept this way). */
  readonly onBytes?: (bytes: Uint8Array) => void;
}

/** A line longer than this cannot be an event of ours: it is reported without being decoded. */
export const longestLineBytes = 16 * 1024 * 1024;
const newline = 0x0a;
/** Lines parsed between looks at the clock. */
const linesPerCheck = 64;

/**
 * Reads a journal file from `from` to its end, line by line. A last line without its
 * newline (torn, or still being written) is visited too, but `end` stays before it, so a
 * later read from `end` sees it again whole.
 */
export async function readJournalLines(handle: ReadableHandle, visitor: JournalVisitor, options: ReadOptions = {}): Promise<JournalPosition> {
  const chunkBytes = options.chunkBytes ?? 1024 * 1024;
  const sliceMs = options.sliceMs ?? 8;
  let position = options.from?.end ?? 0;
  let lines = options.from?.lines ?? 0;
  let end = position;
  const decoder = new TextDecoder('utf-8');
  /** The start of the line being read, held until its newline arrives (a line may span chunks). */
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let first = position === 0;
  let sliceStart = performance.now();
  /** Visits the line made of the pending bytes and `last`; a line too long to be an event is reported from its opening alone. */
  const visitPending = (last: Uint8Array, lineNumber: number): void => {
    const length = pendingBytes + last.length;
    const parts = [...pending, last];
    pending = [];
    pendingBytes = 0;
    if (length > longestLineBytes) {
      const opening = parts[0]?.subarray(0, problemTextLength * 4) ?? new Uint8Array();
      visitor.problem(journalProblem(lineNumber, `too long to be an event (${length} bytes)`, decoder.decode(opening)));
      return;
    }
    let bytes = last;
    if (parts.length > 1) {
      // Joined once, when the line is complete: a long line costs its length, not its length squared.
      bytes = new Uint8Array(length);
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
      }
    }
    let text = decoder.decode(bytes);
    if (first) {
      // An editor may have saved the file with a byte-order mark; JSON.parse would refuse line 1.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    visitLine(text, lineNumber, visitor);
  };
  for (;;) {
    const buffer = new Uint8Array(chunkBytes);
    const { bytesRead } = await handle.read(buffer, 0, chunkBytes, position);
    if (bytesRead <= 0) break;
    const chunk = buffer.subarray(0, bytesRead);
    options.onBytes?.(chunk);
    position += bytesRead;
    let start = 0;
    let sinceCheck = 0;
    for (let index = chunk.indexOf(newline); index !== -1; index = chunk.indexOf(newline, start)) {
      lines += 1;
      visitPending(chunk.subarray(start, index), lines);
      start = index + 1;
      end = position - bytesRead + start;
      // Within the chunk too: a megabyte is about 3,000 events, 10 ms of parsing on a quiet
      // machine and three times that on a busy one (profiled in the journal benchmark).
      if (++sinceCheck === linesPerCheck) {
        sinceCheck = 0;
        if (performance.now() - sliceStart >= sliceMs) {
          await nextTurn();
          sliceStart = performance.now();
        }
      }
    }
    if (start < chunk.length) {
      // Past the limit only the opening is kept: it is all a report of the line quotes.
      if (pendingBytes <= longestLineBytes) pending.push(chunk.slice(start));
      pendingBytes += chunk.length - start;
    }
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  // A last line without its newline: visited, but not counted in `lines` or `end`, so a
  // later read from `end` numbers and reads it again, whole by then.
  if (pendingBytes > 0) visitPending(new Uint8Array(), lines + 1);
  return { end, lines };
}
