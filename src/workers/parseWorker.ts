import { parentPort } from 'node:worker_threads';
import { failedParse } from '../core/parseRequests';
import { parseFailure } from '../core/parseSafely';
import type { LinkTargets } from '../core/rounds/yamlSource';
import { loadDecks } from '../features/lazyModules';
import { partSize, targetsKept, type FromParseWorker, type ToParseWorker } from './parseProtocol';

// The parser worker (dist/lazy/parseWorker.js): parses decks, stories, loops, cases, questions
// and problem metadata off the extension host's thread, with the parsers of dist/lazy/decks.js
// beside it. Started by src/features/contentParser.ts on the first parse.

const port = parentPort;
if (!port) throw new Error('parseWorker.js runs as a worker thread');
const { parseContent } = loadDecks();

/** The last few link-target sets the host sent, by id (a loop reload and a mock's load may overlap). */
const targetSets = new Map<number, LinkTargets>();

function post(message: FromParseWorker): void {
  port?.postMessage(message);
}

/** Sends a result, its long top-level lists in parts first (see FromParseWorker). */
function send(id: number, result: object): void {
  const rest: Record<string, unknown> = { ...result };
  const parted: string[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (!Array.isArray(value) || value.length <= partSize) continue;
    for (let start = 0; start < value.length; start += partSize) post({ type: 'part', id, key, items: value.slice(start, start + partSize) });
    rest[key] = [];
    parted.push(key);
  }
  post({ type: 'done', id, result: rest, parted });
}

port.on('message', (message: ToParseWorker) => {
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
