import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseContent } from '../../src/core/decks/parseContent';
import type { ParseRequest } from '../../src/core/parseRequests';
import { unknownLinks } from '../../src/core/rounds/links';
import type { ParsedLoop } from '../../src/core/rounds/loopFormat';
import { knownRoundIds } from '../../src/core/rounds/roundIds';
import { ContentParser } from '../../src/features/contentParser';
import { adversarialCases, knownTargets } from './adversarialFiles';
import type { Row } from './measure';

export const title = 'The parser worker in plain Node: the calling thread\'s longest stall while the worker parses issue 16\'s files and hands the result back';

const root = path.resolve(__dirname, '..', '..', '..');
const budgetMs = 100;

/** The longest stall of this thread while `work` runs, by the event-loop monitor and a timer's drift. */
async function stallWhile<T>(work: () => Promise<T>): Promise<{ stallMs: number; ms: number; value: T }> {
  const monitor = monitorEventLoopDelay({ resolution: 10 });
  let last = performance.now();
  let drift = 0;
  const sampler = setInterval(() => {
    const now = performance.now();
    drift = Math.max(drift, now - last - 5);
    last = now;
  }, 5);
  monitor.enable();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  // The timer that sees a stall runs after it.
  await new Promise((resolve) => setTimeout(resolve, 30));
  clearInterval(sampler);
  monitor.disable();
  return { stallMs: Math.max(drift, monitor.max / 1e6), ms, value };
}

export async function measure(): Promise<Row[]> {
  const parser = new ContentParser({
    workerFile: path.join(root, 'dist', 'lazy', 'parseWorker.js'),
    parseInThread: () => parseContent,
    log: { info: () => undefined, warn: (message) => { console.warn(message); }, error: (message, ...args) => { console.error(message, ...args); } },
  });
  try {
    // The worker started and warm, as after the extension's first load.
    await parser.parse({ kind: 'deck', text: '## Q {#q}\nq\n?\na\n', file: 'warm-up.md', options: {} });
    const rows: Row[] = [];
    for (const adversarial of adversarialCases(root)) {
      for (const [which, text] of [['adversarial', adversarial.text], ['valid twin', adversarial.valid]] as const) {
        const request: ParseRequest = adversarial.kind === 'deck'
          ? { kind: 'deck', text, file: 'file:///workspace/.loopprep/flashcards/adversarial.md', options: { knownRounds: knownRoundIds } }
          : { kind: 'loop', text, file: 'file:///workspace/.loopprep/rounds/adversarial.yaml', options: {} };
        // A loop's links are checked on the host once the decks are in (LoopLibrary): in the stall.
        const linkWarnings = (result: unknown): number => (request.kind === 'loop' ? unknownLinks((result as ParsedLoop).links, knownTargets).length : 0);
        const worker = await stallWhile(async () => { const result = await parser.parse(request); return { result, warned: linkWarnings(result) }; });
        const here = await stallWhile(() => { const result = parseContent(request); return Promise.resolve({ result, warned: linkWarnings(result) }); });
        const { result, warned } = worker.value;
        const items = 'cards' in result ? `${result.cards.length.toLocaleString('en')} cards, ` : '';
        const diagnostics = ('diagnostics' in result ? result.diagnostics.length : 0) + warned;
        rows.push({
          figure: `${adversarial.name}${which === 'valid twin' ? ': its valid twin' : ''} (${(text.length / 1e6).toFixed(1)} MB; ${items}${diagnostics.toLocaleString('en')} diagnostics), parsed in ${worker.ms.toFixed(0)} ms`,
          value: `${worker.stallMs.toFixed(1)} ms`,
          baseline: `parsed on the calling thread: ${here.stallMs.toFixed(0)} ms`,
          target: `≤ ${budgetMs} ms`,
          met: worker.stallMs <= budgetMs,
        });
      }
    }
    return rows;
  } finally {
    parser.dispose();
  }
}
