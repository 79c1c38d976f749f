import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { parseContent } from '../../../src/core/decks/parseContent';
import { failedParse, type ParseRequest } from '../../../src/core/parseRequests';
import { parseFailure } from '../../../src/core/parseSafely';
import { knownRoundIds } from '../../../src/core/rounds/roundIds';
import { ContentParser } from '../../../src/features/contentParser';
import { ParseCache } from '../../../src/features/parseCache';
import { repositoryRoot } from '../repository';

// The parse cache with the real worker (dist/lazy/parseWorker.js): what an earlier start
// parsed is answered without starting the worker, and anything that changed is parsed again.

const root = repositoryRoot();
const workerFile = path.join(root, 'dist', 'lazy', 'parseWorker.js');
const deckFile = path.join(root, 'flashcards', 'word2vec.md');
const loopFile = path.join(root, 'rounds', 'tiktok-mle.yaml');

function requests(): ParseRequest[] {
  return [
    { kind: 'deck', text: fs.readFileSync(deckFile, 'utf8'), file: deckFile, options: { knownRounds: knownRoundIds } },
    { kind: 'loop', text: fs.readFileSync(loopFile, 'utf8'), file: loopFile, options: {} },
    { kind: 'problemMeta', text: fs.readFileSync(path.join(root, 'problems', 'jump-game', 'problem.yaml'), 'utf8'), file: 'jump-game/problem.yaml', options: { slug: 'jump-game' } },
  ];
}

/** A parser with a cache in `file` under the build `stamp`, counting the workers it starts. */
function cachedParser(file: string, stamp: string): { parser: ContentParser; cache: ParseCache; workers: Worker[]; warnings: string[] } {
  const workers: Worker[] = [];
  const warnings: string[] = [];
  const cache = new ParseCache(file, () => stamp, (message) => { warnings.push(message); }, 10);
  const parser = new ContentParser({
    workerFile,
    parseInThread: () => parseContent,
    log: { info: () => undefined, warn: (message) => { warnings.push(message); }, error: (message) => { warnings.push(message); } },
    createWorker: (workerPath) => {
      const worker = new Worker(workerPath);
      workers.push(worker);
      return worker;
    },
    cache,
  });
  return { parser, cache, workers, warnings };
}

describe('the parse cache (ParseCache in ContentParser, with the real worker)', function () {
  this.timeout(60_000);
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'loop-prep-parse-cache-'));
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('answers the files an earlier start parsed from the cache, exactly as parsed, without starting the worker', async () => {
    const file = path.join(folder, 'parse-cache.bin');
    const first = cachedParser(file, 'build-1');
    try {
      for (const request of requests()) assert.deepStrictEqual(await first.parser.parse(request), parseContent(request));
      assert.equal(first.workers.length, 1);
      await first.cache.flush();
    } finally {
      first.parser.dispose();
    }
    assert.ok(fs.existsSync(file), 'the cache was written');
    const next = cachedParser(file, 'build-1');
    try {
      for (const request of requests()) assert.deepStrictEqual(await next.parser.parse(request), parseContent(request), `${request.kind} from the cache`);
      assert.equal(next.workers.length, 0, 'no worker started');
      // Each answer is a copy of its own: changing one does not change the next.
      const [deck] = requests();
      const once = await next.parser.parse(deck as ParseRequest<'deck'>);
      (once.cards as unknown[]).length = 0;
      assert.ok((await next.parser.parse(deck as ParseRequest<'deck'>)).cards.length > 10);
      assert.deepEqual(next.warnings, []);
    } finally {
      next.parser.dispose();
    }
  });

  it('parses again what changed: the text, the options, the file name, or the parsers\' build', async () => {
    const file = path.join(folder, 'parse-cache.bin');
    const first = cachedParser(file, 'build-1');
    const [deck] = requests() as [ParseRequest<'deck'>];
    try {
      await first.parser.parse(deck);
      await first.cache.flush();
    } finally {
      first.parser.dispose();
    }
    const edited: ParseRequest<'deck'> = { ...deck, text: deck.text.replace(/^## .*$/m, '## A card renamed {#w2v-renamed}') };
    const changes: [string, string, ParseRequest<'deck'>][] = [
      ['the text', 'build-1', edited],
      ['the options', 'build-1', { ...deck, options: { knownRounds: new Set(['only-this-round']) } }],
      ['the file name', 'build-1', { ...deck, file: `${deck.file}.copy.md` }],
      ['the build', 'build-2', deck],
    ];
    for (const [what, stamp, request] of changes) {
      const next = cachedParser(file, stamp);
      try {
        assert.deepStrictEqual(await next.parser.parse(request), parseContent(request), what);
        assert.equal(next.workers.length, 1, `${what} changed: parsed by the worker`);
      } finally {
        next.parser.dispose();
      }
    }
    assert.match(JSON.stringify(parseContent(edited).cards.map((card) => card.title)), /A card renamed/);
  });

  it('parses everything when the cache file is damaged, says nothing to the user, and the next write replaces it', async () => {
    const file = path.join(folder, 'parse-cache.bin');
    const whole = v8.serialize({ format: 'loop-prep-parse-cache/1', stamp: 'build-1', entries: [] });
    for (const damaged of [Buffer.from('not a cache'), whole.subarray(0, whole.length - 3), v8.serialize({ format: 'loop-prep-parse-cache/1', stamp: 'build-1', entries: [['key', 'not bytes']] })]) {
      fs.writeFileSync(file, damaged);
      const { parser, cache, workers, warnings } = cachedParser(file, 'build-1');
      try {
        for (const request of requests()) assert.deepStrictEqual(await parser.parse(request), parseContent(request));
        assert.equal(workers.length, 1);
        await cache.flush();
        assert.deepEqual(warnings, []);
      } finally {
        parser.dispose();
      }
      const again = cachedParser(file, 'build-1');
      try {
        for (const request of requests()) await again.parser.parse(request);
        assert.equal(again.workers.length, 0, 'the rewritten cache answered');
      } finally {
        again.parser.dispose();
      }
    }
  });

  it('keeps no failed parse and no file over 512 KB; a cache it cannot write is a warning in the log', async () => {
    const cache = new ParseCache(path.join(folder, 'parse-cache.bin'), () => 'build-1', () => undefined, 10);
    const [deck] = requests() as [ParseRequest<'deck'>];
    const key = cache.key(deck);
    assert.ok(key);
    cache.set(key, failedParse('deck', deck.file, parseFailure(new Error('the parser stopped twice'))));
    assert.equal(await cache.get(key), undefined);
    assert.equal(cache.key({ ...deck, text: 'x'.repeat(512 * 1024 + 1) }), undefined);
    assert.equal(cache.key({ kind: 'case', text: 'id: x', file: 'x.yaml', options: {} }), undefined, 'cases are not kept (their link targets are large)');
    cache.dispose();
    // Its folder is a file: the write fails, the log says so, and nothing throws.
    const blocker = path.join(folder, 'blocked');
    fs.writeFileSync(blocker, '');
    const warnings: string[] = [];
    const unwritable = new ParseCache(path.join(blocker, 'parse-cache.bin'), () => 'build-1', (message) => { warnings.push(message); }, 10);
    const unwritableKey = unwritable.key(deck) as string;
    unwritable.set(unwritableKey, parseContent(deck));
    await unwritable.flush();
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /Could not keep the parsed decks for the next start/);
    unwritable.dispose();
  });
});
