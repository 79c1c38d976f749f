import { parentPort } from 'node:worker_threads';
import { failedParse } from '../core/parseRequests';
import { parseFailure } from '../core/parseSafely';
import type { LinkTargets } from '../core/rounds/links';
import { loadDecks } from '../features/lazyModules';
import { partSize, targetsKept, type FromParseWorker, type ListPath, type ToParseWorker } from './parseProtocol';

// The parser worker (dist/lazy/parseWorker.js): parses decks, stories, loops, cases, questions
// and problem metadata off the extension host's thread, with the parsers of dist/lazy/decks.js
// beside it. Started by src/features/contentParser.ts on the first parse.

const port = parentPort;
if (!port) throw new Error('parseWorker.js runs as a worker thread');
const { parseContent } = loadDecks();

/** The last few link-target sets the host sent, by id (two loads of the mock interviewer's files may overlap). */
const targetSets = new Map<number, LinkTargets>();

function post(message: FromParseWorker): void {
  port?.postMessage(message);
}

/** A list of a result to send in parts, and the parts still to send of each request. */
interface Outgoing {
  readonly result: object;
  readonly lists: { readonly path: ListPath; readonly items: readonly unknown[] }[];
  readonly parts: { readonly path: ListPath; readonly items: readonly unknown[] }[];
}
const outgoing = new Map<number, Outgoing>();

/** Moves each list longer than a part out of `value` (leaving it empty) into `found`. */
function takeLongLists(value: unknown, path: ListPath, found: Outgoing['lists']): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => { takeLongLists(item, [...path, index], found); });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    if (Array.isArray(child) && child.length > partSize) {
      found.push({ path: [...path, key], items: child });
      record[key] = [];
    } else {
      takeLongLists(child, [...path, key], found);
    }
  }
}

/** Sends a result: its long lists first, a part at a time as the host asks (see FromParseWorker), then the rest. */
function send(id: number, result: object): void {
  const lists: Outgoing['lists'] = [];
  takeLongLists(result, [], lists);
  const parts = lists.flatMap(({ path, items }) => {
    const slices: Outgoing['parts'] = [];
    for (let start = 0; start < items.length; start += partSize) slices.push({ path, items: items.slice(start, start + partSize) });
    return slices;
  });
  outgoing.set(id, { result, lists, parts });
  sendNext(id);
}

function sendNext(id: number): void {
  const sending = outgoing.get(id);
  if (!sending) return;
  const part = sending.parts.shift();
  if (part) {
    post({ type: 'part', id, path: part.path, items: part.items });
    return;
  }
  outgoing.delete(id);
  post({ type: 'done', id, result: sending.result, parted: sending.lists.map((list) => list.path) });
}

port.on('message', (message: ToParseWorker) => {
  if (message.type === 'more') {
    sendNext(message.id);
    return;
  }
  if (message.type === 'targets') {
    targetSets.set(message.id, message.targets);
    for (const id of targetSets.keys()) if (targetSets.size > targetsKept) targetSets.delete(id);
    return;
  }
  const { id, request } = message;
  const targets = message.targets === undefined ? undefined : targetSets.get(message.targets);
  const options = message.targets === undefined ? request.options : { ...request.options, targets };
  try {
    send(id, parseContent({ ...request, options }));
  } catch (error) {
    // A result that cannot be cloned (a parser's bug): the file's error says so.
    send(id, failedParse(request.kind, request.file, parseFailure(error)));
  }
});
post({ type: 'ready' });
