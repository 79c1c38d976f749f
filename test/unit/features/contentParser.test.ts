import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseContent } from '../../../src/core/decks/parseContent';
import { knownRoundIds } from '../../../src/core/rounds/roundIds';
import type { ParseKind, ParseRequest, ParseResults } from '../../../src/core/parseRequests';
import { ContentParser, type ParserLog } from '../../../src/features/contentParser';
import { builtInLinkTargets, repositoryRoot } from '../repository';

// The parser worker as the extension uses it: the real dist/lazy/parseWorker.js (built by
// `node esbuild.mjs`), which parses with dist/lazy/decks.js on its own thread.

const root = repositoryRoot();
const workerFile = path.join(root, 'dist', 'lazy', 'parseWorker.js');

/** A log that keeps its lines, to check what a user would read in Loop Prep's output. */
function keptLog(): ParserLog & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(`info ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    error: (message) => lines.push(`error ${message}`),
  };
}

function parser(log: ParserLog, options: { workerFile?: string; workers?: Worker[] } = {}): ContentParser {
  return new ContentParser({
    workerFile: options.workerFile ?? workerFile,
    parseInThread: () => parseContent,
    log,
    createWorker: (file) => {
      const worker = new Worker(file);
      options.workers?.push(worker);
      return worker;
    },
  });
}

const files = (folder: string, extension: RegExp): string[] =>
  fs.readdirSync(path.join(root, folder)).filter((name) => extension.test(name) && name !== 'README.md').sort().map((name) => path.join(root, folder, name));

/** Every built-in file the extension parses, as the libraries ask for it; cases' links checked against fewer targets than exist, so they have unknown-link warnings to carry (loops carry their links, checked on the host). */
function builtInRequests(): ParseRequest[] {
  const all = builtInLinkTargets(root);
  // Every other card left out: the loops' links to those must come back as warnings.
  const targets = { decks: all.decks, problems: all.problems, cards: new Set([...all.cards].filter((_, index) => index % 2 === 0)) };
  const text = (file: string): string => fs.readFileSync(file, 'utf8');
  return [
    ...files('flashcards', /\.md$/).map((file): ParseRequest<'deck'> => ({ kind: 'deck', text: text(file), file, options: { knownRounds: knownRoundIds } })),
    ...files('rounds', /\.ya?ml$/).map((file): ParseRequest<'loop'> => ({ kind: 'loop', text: text(file), file, options: {} })),
    ...files('rounds/cases', /\.ya?ml$/).map((file): ParseRequest<'case'> => ({ kind: 'case', text: text(file), file, options: { targets } })),
    ...files('rounds/questions', /\.ya?ml$/).map((file): ParseRequest<'questions'> => ({ kind: 'questions', text: text(file), file, options: { targets, seen: new Set(['already-asked']) } })),
    ...fs.readdirSync(path.join(root, 'problems'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry): ParseRequest<'problemMeta'> => {
      const file = path.join(root, 'problems', entry.name, 'problem.yaml');
      return { kind: 'problemMeta', text: text(file), file, options: { slug: entry.name } };
    }),
  ];
}

/** A deck of `count` cards: more than one message of the worker's results holds. */
function largeDeck(count: number): string {
  const cards: string[] = [];
  for (let card = 0; card < count; card++) cards.push(`## Card ${card} {#c-${card}}\nq ${card}\n?\na ${card}\n`);
  return `---\ntitle: Large\nrounds: [ml-fundamentals]\n---\n\n${cards.join('\n')}`;
}

describe('the parser worker (ContentParser with dist/lazy/parseWorker.js)', function () {
  this.timeout(60_000);

  before(() => {
    assert.ok(fs.existsSync(workerFile), `${workerFile} is written by \`node esbuild.mjs\``);
  });

  it('gives for every built-in deck, loop, case, question file and problem exactly what parsing on this thread gives, unknown links and all', async () => {
    const log = keptLog();
    const workers: Worker[] = [];
    const content = parser(log, { workers });
    try {
      const requests = builtInRequests();
      assert.ok(requests.filter((request) => request.kind === 'deck').length >= 13 && requests.some((request) => request.kind === 'loop'));
      const results = await Promise.all(requests.map((request) => content.parse(request)));
      requests.forEach((request, index) => {
        assert.deepStrictEqual(results[index], parseContent(request), `${request.kind} ${request.file}`);
      });
      const warned = results.flatMap((result): readonly { readonly code: string }[] => ('diagnostics' in result ? result.diagnostics : [])).filter((problem) => problem.code === 'unknown-link');
      assert.ok(warned.length > 0, 'the cases link to the cards left out of the targets');
      const links = results.flatMap((result) => ('links' in result ? result.links : []));
      assert.ok(links.length > 100, `the loops' links come back to be checked (${links.length})`);
      assert.equal(workers.length, 1, 'one worker parsed them all');
      assert.deepEqual(log.lines, []);
    } finally {
      content.dispose();
    }
  });

  it('hands back a deck of 10,000 cards and a loop of 10,000 checklist items whole and in order (sent in parts)', async () => {
    const content = parser(keptLog());
    try {
      const request: ParseRequest<'deck'> = { kind: 'deck', text: largeDeck(10_000), file: '/decks/large.md', options: {} };
      const parsed = await content.parse(request);
      assert.equal(parsed.cards.length, 10_000);
      assert.deepStrictEqual(parsed, parseContent(request));
      const items = Array.from({ length: 10_000 }, (_, item) => `      - {id: item-${item}, text: Item ${item}}`);
      const loopText = `id: large\ntitle: Large\ndescription: d\nsource: s\nrounds:\n  - id: coding\n    title: Coding\n    kinds: [coding]\n    tests: t\n    format: f\n    minutes: 60\n    phases: [{ title: All, minutes: 60 }]\n    checklist:\n${items.join('\n')}\n`;
      const loopRequest: ParseRequest<'loop'> = { kind: 'loop', text: loopText, file: '/rounds/large.yaml', options: {} };
      const loop = await content.parse(loopRequest);
      assert.deepEqual(loop.loop?.rounds.map((round) => round.checklist.length), [10_000]);
      assert.equal(loop.loop.rounds[0]?.checklist[9_999]?.id, 'item-9999');
      assert.deepStrictEqual(loop, parseContent(loopRequest));
    } finally {
      content.dispose();
    }
  });

  it('an exception in a parser is a parse-failed error on the file’s first line, and the next file still parses', async () => {
    const content = parser(keptLog());
    try {
      const text = '---\ntitle: A\nrounds: [coding]\n---\n\n## Q {#q}\n\nq\n\n?\n\na\n';
      // Not a set: the deck parser's round check throws a TypeError in the worker.
      const broken = await content.parse({ kind: 'deck', text, file: '/decks/broken.md', options: { knownRounds: {} as ReadonlySet<string> } });
      assert.equal(broken.deck, undefined);
      assert.deepEqual(broken.cards, []);
      assert.equal(broken.diagnostics.length, 1);
      const [problem] = broken.diagnostics;
      assert.ok(problem);
      assert.equal(problem.code, 'parse-failed');
      assert.deepEqual(problem.range, { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 });
      assert.match(problem.message, /TypeError/);
      const next = await content.parse({ kind: 'deck', text, file: '/decks/fine.md', options: { knownRounds: knownRoundIds } });
      assert.deepEqual(next.cards.map((card) => card.id), ['q']);
    } finally {
      content.dispose();
    }
  });

  it('a worker that dies while parsing is started again: the file it was parsing and the next ones still parse, and the log says so', async () => {
    const log = keptLog();
    const workers: Worker[] = [];
    const content = parser(log, { workers });
    try {
      const request: ParseRequest<'deck'> = { kind: 'deck', text: largeDeck(30_000), file: '/decks/large.md', options: {} };
      const parsing = content.parse(request);
      // Wait until the worker is parsing, then end it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(workers.length, 1);
      await workers[0]?.terminate();
      const parsed = await parsing;
      assert.equal(parsed.cards.length, 30_000, 'the file was parsed again by a new worker');
      assert.equal(workers.length, 2);
      assert.ok(log.lines.some((line) => /^warn Loop Prep's parser worker stopped .*while parsing 1 file; the next parse starts a new one/.test(line)), log.lines.join('\n'));
      const after = await content.parse({ kind: 'loop', text: fs.readFileSync(path.join(root, 'rounds', 'tiktok-mle.yaml'), 'utf8'), file: 'tiktok-mle.yaml', options: {} });
      assert.equal(after.loop?.id, 'tiktok-mle');
      assert.equal(workers.length, 2);
    } finally {
      content.dispose();
    }
  });

  it('when no worker can start, the log says so once and files are parsed on this thread, with the same results', async () => {
    const log = keptLog();
    const content = parser(log, { workerFile: path.join(root, 'dist', 'lazy', 'no-such-worker.js') });
    try {
      const requests = builtInRequests().filter((request) => request.kind === 'deck' || request.kind === 'loop');
      const results: ParseResults[ParseKind][] = [];
      for (const request of requests) results.push(await content.parse(request));
      requests.forEach((request, index) => { assert.deepStrictEqual(results[index], parseContent(request)); });
      const errors = log.lines.filter((line) => line.startsWith('error '));
      assert.equal(errors.length, 1, log.lines.join('\n'));
      assert.match(errors[0] ?? '', /could not start its parser worker .*parsed on the extension host's thread/);
    } finally {
      content.dispose();
    }
  });
});
