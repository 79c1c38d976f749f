/** One line of the journal: something the user did that must last. */
export interface JournalEvent {
  readonly v: 1;
  /** Unique across machines, so journals synced from two machines merge by id. */
  readonly id: string;
  /** Which feature's event this is, e.g. `flashcards.review`. */
  readonly type: string;
  /** When it happened, in epoch milliseconds. */
  readonly time: number;
  /** The feature's payload: each feature validates its own. */
  readonly data: unknown;
}

/** A journal line that was skipped, and why. */
export interface JournalProblem {
  /** 1-based line number in the journal file. */
  readonly line: number;
  readonly reason: string;
  /** The first characters of the line, enough to recognise it. */
  readonly text: string;
}

/** The events of a journal (deduplicated by id, in time order) and the lines that were skipped. */
export interface ParsedJournal {
  readonly events: JournalEvent[];
  readonly problems: JournalProblem[];
}

/** How much of a skipped line a problem quotes. */
export const problemTextLength = 80;

// Hand-written rather than a zod schema: every line of the journal goes through it,
// and 100,000 of them must load in well under 300 ms.
/** Whether a value has the journal event envelope (the `data` is the feature's to check). */
export function isJournalEvent(value: unknown): value is JournalEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  const { id, type, time } = event;
  return (
    event['v'] === 1 &&
    typeof id === 'string' &&
    id !== '' &&
    typeof type === 'string' &&
    type !== '' &&
    typeof time === 'number' &&
    Number.isFinite(time)
  );
}

/** Why a value is not a journal event (only called once `isJournalEvent` said no). */
export function describeEnvelopeProblem(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a journal event (not a JSON object)';
  const event = value as Record<string, unknown>;
  if (event['v'] === undefined) return 'not a journal event (v is missing)';
  if (event['v'] !== 1) return `not a journal event this version reads (v is ${JSON.stringify(event['v'])}, expected 1)`;
  if (typeof event['id'] !== 'string' || event['id'] === '') return 'not a journal event (id is missing or empty)';
  if (typeof event['type'] !== 'string' || event['type'] === '') return 'not a journal event (type is missing or empty)';
  return 'not a journal event (time is not a finite number)';
}

/** Orders events by time, ties by id, so every machine sees the same order. */
export function compareJournalEvents(a: JournalEvent, b: JournalEvent): number {
  if (a.time !== b.time) return a.time - b.time;
  // Code-unit order, not localeCompare: the order must not depend on the user's locale.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What a reader of the journal is handed, line by line. */
export interface JournalVisitor {
  /** A line with a valid event envelope (the feature checks its `data`). */
  event(event: JournalEvent): void;
  /** A line that was skipped, and why. */
  problem(problem: JournalProblem): void;
}

/** Parses one line (without its newline) and hands it to the visitor; blank lines are nothing. */
export function visitLine(line: string, lineNumber: number, visitor: JournalVisitor): void {
  if (line.length === 0) return;
  let value: unknown;
  try {
    // A trailing \r (a journal checked out with CRLF line endings) is JSON whitespace.
    value = JSON.parse(line);
  } catch (error) {
    if (line.trim() === '') return;
    const detail = error instanceof Error ? `: ${error.message}` : '';
    visitor.problem(journalProblem(lineNumber, `not valid JSON${detail}`, line));
    return;
  }
  if (!isJournalEvent(value)) {
    visitor.problem(journalProblem(lineNumber, describeEnvelopeProblem(value), line));
    return;
  }
  visitor.event(value);
}

export function journalProblem(lineNumber: number, reason: string, line: string): JournalProblem {
  return { line: lineNumber, reason, text: line.slice(0, problemTextLength).trimEnd() };
}

/**
 * Reads a journal's text: one event per line, blank lines ignored. A line that is not
 * JSON or not an event (a torn last line, a git conflict marker) is skipped and
 * reported; every other event is kept, once per id (the first wins), in time order.
 */
export function parseJournal(text: string): ParsedJournal {
  // An editor may have saved the file with a byte-order mark; JSON.parse would refuse line 1.
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  const collected = collectJournal();
  for (let index = 0; index < lines.length; index++) visitLine(lines[index] ?? '', index + 1, collected.visitor);
  return collected.parsed();
}

/**
 * A visitor that keeps every event once per id (the first wins) and every skipped line;
 * `parsed()` gives them with the events in time order. A journal's text and its file are
 * read through it alike.
 */
export function collectJournal(): { readonly visitor: JournalVisitor; parsed(): ParsedJournal } {
  const events: JournalEvent[] = [];
  const problems: JournalProblem[] = [];
  const seen = new Set<string>();
  return {
    visitor: {
      event(event) {
        if (seen.has(event.id)) return;
        seen.add(event.id);
        events.push(event);
      },
      problem(problem) {
        problems.push(problem);
      },
    },
    parsed: () => ({ events: inTimeOrder(events), problems }),
  };
}

/**
 * The union of several journals' events, each id once (the first list's copy wins), in
 * time order: two machines' journals synced with git merge without losing either side.
 */
export function mergeJournalEvents(...lists: (readonly JournalEvent[])[]): JournalEvent[] {
  const seen = new Set<string>();
  const merged: JournalEvent[] = [];
  for (const list of lists) {
    for (const event of list) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      merged.push(event);
    }
  }
  return inTimeOrder(merged);
}

/** Sorts in place, but only when needed: a journal is appended in time order, so it nearly always is already. */
export function inTimeOrder(events: JournalEvent[]): JournalEvent[] {
  for (let index = 1; index < events.length; index++) {
    const previous = events[index - 1];
    const current = events[index];
    if (previous && current && compareJournalEvents(previous, current) > 0) return events.sort(compareJournalEvents);
  }
  return events;
}
